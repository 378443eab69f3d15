/**
 * The small reference tables matching needs next to the profiles: travel minutes between work
 * areas (a score input), and the names shown in explanations (skills, occupation classes, areas).
 */
import { travelKey, type TravelTimes } from "./score-match";

export type MatchLabels = {
  skills: ReadonlyMap<string, string>;
  occupationClasses: ReadonlyMap<string, string>;
  workAreas: ReadonlyMap<string, string>;
};

export type MatchReference = { travelTimes: TravelTimes; workAreaIds: string[]; labels: MatchLabels };

type Queryable = { query: <R extends object>(sql: string) => Promise<{ rows: R[] }> };

export const REFERENCE_SQL = {
  travel: `SELECT "fromWorkAreaId", "toWorkAreaId", minutes FROM "WorkAreaTravelTime"`,
  areas: `SELECT id, name FROM "WorkArea" ORDER BY name`,
  classes: `SELECT code, name FROM "OccupationClass" ORDER BY code`,
  skills: `SELECT code, label FROM "Skill" ORDER BY code`,
};

export async function loadMatchReference(db: Queryable): Promise<MatchReference> {
  // Sequential: `db` may be a single pg client, which must not get a query while one is running.
  const travel = await db.query<{ fromWorkAreaId: string; toWorkAreaId: string; minutes: number }>(REFERENCE_SQL.travel);
  const areas = await db.query<{ id: string; name: string }>(REFERENCE_SQL.areas);
  const classes = await db.query<{ code: string; name: string }>(REFERENCE_SQL.classes);
  const skills = await db.query<{ code: string; label: string }>(REFERENCE_SQL.skills);
  return {
    travelTimes: new Map(travel.rows.map((row) => [travelKey(row.fromWorkAreaId, row.toWorkAreaId), row.minutes])),
    workAreaIds: areas.rows.map((row) => row.id),
    labels: {
      skills: new Map(skills.rows.map((row) => [row.code, row.label])),
      occupationClasses: new Map(classes.rows.map((row) => [row.code, row.name])),
      workAreas: new Map(areas.rows.map((row) => [row.id, row.name])),
    },
  };
}
