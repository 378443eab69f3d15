/**
 * Bench data for matching, generated inside PostgreSQL (INSERT … SELECT generate_series) with the
 * triggers off (session_replication_role = replica), so a million candidates take seconds, not hours.
 * Every value is a pure function of the row number (hashint8extended), so the data is the same on
 * every run. Realistic skew: occupation classes weighted as in the region, skills clustered by class
 * (a skewed start in the class's list, so some skills are much more common), Dutch speaking on 92% of
 * candidates and a few other basic skills on many.
 */
import type pg from "pg";
import occupationClasses from "../../prisma/seed-data/occupation-classes.json" with { type: "json" };
import region from "../../prisma/seed-data/region.json" with { type: "json" };
import skillsData from "../../prisma/seed-data/skills.json" with { type: "json" };

export type Scale = { name: "regional" | "national"; candidates: number; vacancies: number; mediators: number; accountManagers: number; organisations: number };

export const SCALES: Record<Scale["name"], Scale> = {
  regional: { name: "regional", candidates: 12_000, vacancies: 5_000, mediators: 40, accountManagers: 15, organisations: 1_500 },
  national: { name: "national", candidates: 1_000_000, vacancies: 400_000, mediators: 2_500, accountManagers: 800, organisations: 80_000 },
};

const CLASS_WEIGHTS: Record<string, number> = { ZOR: 16, TEC: 12, TRL: 14, DIE: 14, COM: 10, BEA: 10, PED: 7, ICT: 5, AGR: 4, CRE: 3, MAN: 3, OBV: 3 };
const MUNICIPALITY_WEIGHTS: Record<string, number> = { GM0402: 35, GM1942: 22, GM0406: 17, GM1696: 9, GM0376: 4, GM0417: 5, GM0317: 4 };
const COMMON_BASIC = ["nederlandse-taal-spreken", "digitale-vaardigheden"];
const BULK_TABLES = ["User", "Organisation", "Candidate", "CandidateSkill", "CandidateOccupationWish", "CandidateWorkAreaWish", "Consent", "Vacancy", "VacancySkill"];

const weighted = (weights: Record<string, number>) => Object.entries(weights).flatMap(([code, weight]) => Array<string>(weight).fill(code));
const literal = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")}]::text[]`;
const candidateId = (i: string) => `'bc' || lpad(${i}::text, 7, '0')`;
const vacancyId = (i: string) => `'bv' || lpad(${i}::text, 7, '0')`;

export type GenerationResult = { rows: number; seconds: number; perTable: Record<string, number> };

export async function generateBenchData(client: pg.Client, scale: Scale, log: (line: string) => void): Promise<GenerationResult> {
  const started = performance.now();
  const perTable: Record<string, number> = {};
  const run = async (label: string, sql: string) => {
    const t = performance.now();
    const result = await client.query(sql);
    perTable[label] = (perTable[label] ?? 0) + (result.rowCount ?? 0);
    log(`  ${label.padEnd(26)} ${String(result.rowCount ?? 0).padStart(9)} rows  ${((performance.now() - t) / 1000).toFixed(1).padStart(5)} s`);
  };

  const classes = occupationClasses.classes.map((c) => c.code);
  const pools = classes.map((code) => ({ code, skills: skillsData.skills.filter((s) => s.occupationClass === code).map((s) => s.code) }));
  const otherBasics = skillsData.skills.filter((s) => !s.occupationClass && !COMMON_BASIC.includes(s.code)).map((s) => s.code);
  const areas = (await client.query<{ id: string; name: string }>(`SELECT id, name FROM "WorkArea" ORDER BY name`)).rows;
  if (areas.length !== region.workAreas.length) throw new Error("seed the reference data first");
  const areaIndex = new Map(areas.map((area, index) => [area.name, index]));
  const partner = (await client.query<{ id: string }>(`SELECT id FROM "PartnerOrganisation" ORDER BY code LIMIT 1`)).rows[0]!.id;

  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET work_mem = '64MB'`);
  await client.query(`
    CREATE OR REPLACE FUNCTION bench_r(i bigint, salt int) RETURNS float8 IMMUTABLE PARALLEL SAFE LANGUAGE sql
      AS $$ SELECT (hashint8extended(i, salt) & 2147483647)::float8 / 2147483648.0 $$;
    CREATE OR REPLACE FUNCTION bench_pick(items text[], i bigint, salt int) RETURNS text IMMUTABLE PARALLEL SAFE LANGUAGE sql
      AS $$ SELECT items[1 + floor(bench_r(i, salt) * array_length(items, 1))::int] $$;
    CREATE OR REPLACE FUNCTION bench_level(i bigint, salt int) RETURNS int IMMUTABLE PARALLEL SAFE LANGUAGE sql
      AS $$ SELECT CASE WHEN r < 0.15 THEN 1 WHEN r < 0.45 THEN 2 WHEN r < 0.8 THEN 3 ELSE 4 END FROM (SELECT bench_r(i, salt) AS r) x $$;
    CREATE OR REPLACE FUNCTION bench_class(i bigint, salt int) RETURNS text IMMUTABLE PARALLEL SAFE LANGUAGE sql
      AS $$ SELECT bench_pick(${literal(weighted(CLASS_WEIGHTS))}, i, salt) $$;
    CREATE OR REPLACE FUNCTION bench_municipality(i bigint) RETURNS text IMMUTABLE PARALLEL SAFE LANGUAGE sql
      AS $$ SELECT bench_pick(${literal(weighted(MUNICIPALITY_WEIGHTS))}, i, 4) $$;
    DROP TABLE IF EXISTS bench_pool, bench_area, bench_municipality_area;
    CREATE TABLE bench_pool (class_code text PRIMARY KEY, skills text[] NOT NULL, n int NOT NULL);
    CREATE TABLE bench_area (idx int PRIMARY KEY, id text NOT NULL);
    CREATE TABLE bench_municipality_area (code text PRIMARY KEY, idx int NOT NULL);
  `);
  for (const pool of pools) await client.query(`INSERT INTO bench_pool VALUES ($1, $2, $3)`, [pool.code, pool.skills, pool.skills.length]);
  for (const area of areas) await client.query(`INSERT INTO bench_area VALUES ($1, $2)`, [areaIndex.get(area.name), area.id]);
  for (const m of region.municipalities) await client.query(`INSERT INTO bench_municipality_area VALUES ($1, $2)`, [m.code, areaIndex.get(m.workArea)]);

  // Indexes are cheaper to build once after the load than to maintain row by row: drop them now
  // (keeping the parents' primary keys, which foreign keys reference) and rebuild them at the end.
  const indexes = (
    await client.query<{ table: string; name: string; def: string; constraintDef: string | null }>(
      `SELECT t.relname AS table, ic.relname AS name, pg_get_indexdef(i.indexrelid) AS def, pg_get_constraintdef(c.oid) AS "constraintDef"
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = t.oid AND c.contype IN ('p', 'u')
       WHERE t.relname = ANY($1) AND NOT (i.indisprimary AND t.relname = ANY($2))`,
      [BULK_TABLES, ["Candidate", "Vacancy", "Organisation", "User"]],
    )
  ).rows;
  for (const index of indexes) {
    await client.query(index.constraintDef ? `ALTER TABLE "${index.table}" DROP CONSTRAINT "${index.name}"` : `DROP INDEX "${index.name}"`);
  }

  // One transaction that starts by truncating the (empty) tables: with wal_level = minimal the rows
  // written into relations truncated in the same transaction skip the WAL (bench-database.ts).
  await client.query("BEGIN");
  await client.query(`TRUNCATE ${BULK_TABLES.map((table) => `"${table}"`).join(", ")} CASCADE`);

  const { candidates: N, vacancies: V, mediators, accountManagers, organisations } = scale;
  const version = `pg_current_xact_id()::text::bigint`;

  await run("User", `
    INSERT INTO "User" (id, email, "passwordHash", name, role, "partnerOrganisationId", "createdAt", "updatedAt")
    SELECT 'bu-bm-' || i, 'bm' || i || '@bench.werkcentrum.nl', 'bench', 'Bemiddelaar ' || i, 'JOB_MEDIATOR'::"Role", '${partner}', now(), now()
    FROM generate_series(1, ${mediators}) i
    UNION ALL
    SELECT 'bu-am-' || i, 'am' || i || '@bench.werkcentrum.nl', 'bench', 'Accountmanager ' || i, 'ACCOUNT_MANAGER'::"Role", NULL, now(), now()
    FROM generate_series(1, ${accountManagers}) i`);
  await run("Organisation", `
    INSERT INTO "Organisation" (id, "kvkNumber", "legalName", street, "houseNumber", postcode, city, "municipalityCode", "ownerId", "createdAt", "updatedAt")
    SELECT 'bo' || i, lpad(i::text, 8, '0'), 'Benchbedrijf ' || i, 'Stationsweg', '1', '1211 AA', 'Hilversum', bench_municipality(i + 7),
           'bu-am-' || (1 + floor(bench_r(i, 40) * ${accountManagers})::int), now(), now()
    FROM generate_series(1, ${organisations}) i`);

  await run("Candidate", `
    INSERT INTO "Candidate" (id, "ownerId", "firstName", "lastName", "birthDate", gender, "municipalityCode", "availableFrom",
      "hoursPerWeekMin", "hoursPerWeekMax", "maxTravelMinutes", "isWorkReady", "workReadySince", "anonymisedAt", "matchVersion", "createdAt", "updatedAt")
    SELECT ${candidateId("i")}, 'bu-bm-' || (1 + floor(bench_r(i, 30) * ${mediators})::int), 'Kandidaat', i::text,
      DATE '1960-01-01' + floor(bench_r(i, 31) * 16000)::int, CASE WHEN bench_r(i, 32) < 0.5 THEN 'vrouw' ELSE 'man' END,
      bench_municipality(i),
      CASE WHEN bench_r(i, 33) < 0.85 THEN current_date + (floor(bench_r(i, 34) * 150)::int - 110) END,
      h.min, CASE WHEN h.min IS NULL THEN NULL ELSE least(40, h.min + (ARRAY[0, 4, 8, 8, 16])[1 + floor(bench_r(i, 36) * 5)::int]) END,
      CASE WHEN bench_r(i, 37) < 0.8 THEN (ARRAY[15, 20, 30, 30, 45, 60])[1 + floor(bench_r(i, 38) * 6)::int] END,
      bench_r(i, 39) < 0.55, CASE WHEN bench_r(i, 39) < 0.55 THEN current_date - floor(bench_r(i, 41) * 300)::int END,
      CASE WHEN bench_r(i, 42) < 0.003 THEN now() END, ${version}, now(), now()
    FROM generate_series(1, ${N}) i
    CROSS JOIN LATERAL (SELECT CASE WHEN bench_r(i, 35) < 0.9 THEN (ARRAY[8, 12, 16, 20, 24, 24, 32])[1 + floor(bench_r(i, 43) * 7)::int] END AS min) h`);

  const primary = `bench_class(i, 1)`;
  const secondary = `CASE WHEN bench_r(i, 2) < 0.35 AND bench_class(i, 3) <> bench_class(i, 1) THEN bench_class(i, 3) END`;
  await run("CandidateSkill", `
    INSERT INTO "CandidateSkill" ("candidateId", "skillCode", level)
    SELECT ${candidateId("g.i")}, p.skills[1 + ((floor(p.n * bench_r(g.i, 5) ^ 2)::int + j) % p.n)], bench_level(g.i * 64 + j, 6)
    FROM generate_series(1, ${N}) g(i)
    JOIN bench_pool p ON p.class_code = bench_class(g.i, 1)
    CROSS JOIN LATERAL generate_series(0, least(p.n, 3 + floor(bench_r(g.i, 7) * 3)::int) - 1) j
    UNION ALL
    SELECT ${candidateId("g.i")}, p.skills[1 + ((floor(p.n * bench_r(g.i, 8) ^ 2)::int + j) % p.n)], bench_level(g.i * 64 + 32 + j, 6)
    FROM generate_series(1, ${N}) g(i)
    JOIN bench_pool p ON p.class_code = ${secondary.replaceAll("(i,", "(g.i,")}
    CROSS JOIN LATERAL generate_series(0, floor(bench_r(g.i, 9) * 2)::int) j
    UNION ALL
    SELECT ${candidateId("i")}, '${COMMON_BASIC[0]}', 1 + floor(bench_r(i, 11) * 4)::int FROM generate_series(1, ${N}) i WHERE bench_r(i, 10) < 0.92
    UNION ALL
    SELECT ${candidateId("i")}, '${COMMON_BASIC[1]}', 1 + floor(bench_r(i, 13) * 4)::int FROM generate_series(1, ${N}) i WHERE bench_r(i, 12) < 0.45
    UNION ALL
    SELECT ${candidateId("i")}, bench_pick(${literal(otherBasics)}, i, 14), 2 + floor(bench_r(i, 16) * 3)::int FROM generate_series(1, ${N}) i WHERE bench_r(i, 15) < 0.5`);
  await run("CandidateOccupationWish", `
    INSERT INTO "CandidateOccupationWish" ("candidateId", "occupationClassCode")
    SELECT ${candidateId("i")}, ${primary} FROM generate_series(1, ${N}) i
    UNION ALL
    SELECT ${candidateId("i")}, ${secondary} FROM generate_series(1, ${N}) i WHERE ${secondary} IS NOT NULL`);
  await run("CandidateWorkAreaWish", `
    INSERT INTO "CandidateWorkAreaWish" ("candidateId", "workAreaId")
    SELECT ${candidateId("i")}, a.id FROM generate_series(1, ${N}) i
    JOIN bench_municipality_area m ON m.code = bench_municipality(i)
    JOIN bench_area a ON a.idx = m.idx
    UNION ALL
    SELECT ${candidateId("i")}, a.id FROM generate_series(1, ${N}) i
    JOIN bench_municipality_area m ON m.code = bench_municipality(i)
    JOIN bench_area a ON a.idx = (m.idx + 1 + floor(bench_r(i, 17) * 3)::int) % 4
    WHERE bench_r(i, 18) < 0.3`);
  await run("Consent", `
    INSERT INTO "Consent" (id, "candidateId", purpose, "grantedAt", "revokedAt", "createdAt")
    SELECT 'bk' || i, ${candidateId("i")}, 'SHARE_WITH_PARTNERS'::"ConsentPurpose", now() - interval '90 days', CASE WHEN bench_r(i, 20) < 0.03 THEN now() END, now()
    FROM generate_series(1, ${N}) i WHERE bench_r(i, 19) < 0.93`);

  await run("Vacancy", `
    INSERT INTO "Vacancy" (id, "organisationId", title, "occupationClassCode", description, "hoursPerWeek", "workAreaId", location,
      "contractType", "startDate", status, "matchVersion", "createdAt", "updatedAt")
    SELECT ${vacancyId("i")}, 'bo' || (1 + floor(bench_r(i, 50) * ${organisations})::int), 'Benchvacature ' || i, bench_class(i, 51),
      'Een vacature voor de benchmark.', (ARRAY[8, 12, 16, 20, 24, 24, 28, 32, 32, 32, 36, 36, 38, 40, 40])[1 + floor(bench_r(i, 52) * 15)::int],
      CASE WHEN bench_r(i, 53) < 0.95 THEN (SELECT a.id FROM bench_area a WHERE a.idx = floor(bench_r(i, 54) * 4)::int) END, 'Gooi en Vechtstreek',
      'TEMPORARY'::"ContractType", CASE WHEN bench_r(i, 55) < 0.7 THEN current_date + (floor(bench_r(i, 56) * 90)::int - 20) END,
      (CASE WHEN r < 0.15 THEN 'RECEIVED' WHEN r < 0.40 THEN 'IN_PROGRESS' WHEN r < 0.65 THEN 'CANDIDATES_PROPOSED' WHEN r < 0.9 THEN 'FILLED' ELSE 'CLOSED' END)::"VacancyStatus",
      ${version}, now(), now()
    FROM generate_series(1, ${V}) i CROSS JOIN LATERAL (SELECT bench_r(i, 57) AS r) s`);
  await run("VacancySkill", `
    INSERT INTO "VacancySkill" ("vacancyId", "skillCode", level)
    SELECT ${vacancyId("g.i")}, p.skills[1 + ((floor(p.n * bench_r(g.i, 58) ^ 2)::int + j) % p.n)], 1 + floor(bench_r(g.i * 64 + j, 59) * 3.5)::int
    FROM generate_series(1, ${V}) g(i)
    JOIN bench_pool p ON p.class_code = bench_class(g.i, 51)
    CROSS JOIN LATERAL generate_series(0, least(p.n, 2 + floor(bench_r(g.i, 60) * 4)::int) - 1) j
    UNION ALL
    SELECT ${vacancyId("i")}, '${COMMON_BASIC[0]}', 1 + floor(bench_r(i, 62) * 3)::int FROM generate_series(1, ${V}) i WHERE bench_r(i, 61) < 0.5
    UNION ALL
    SELECT ${vacancyId("i")}, bench_pick(${literal(otherBasics)}, i, 63), 1 + floor(bench_r(i, 65) * 3)::int FROM generate_series(1, ${V}) i WHERE bench_r(i, 64) < 0.3`);

  await client.query("COMMIT");
  const indexStarted = performance.now();
  await client.query(`SET maintenance_work_mem = '512MB'`);
  for (const index of indexes) {
    await client.query(index.constraintDef ? `ALTER TABLE "${index.table}" ADD CONSTRAINT "${index.name}" ${index.constraintDef}` : index.def);
  }
  log(`  ${indexes.length} indexes rebuilt in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`);
  await client.query(`SET session_replication_role = origin`);
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(perTable).reduce((sum, n) => sum + n, 0);
  const analyzeStarted = performance.now();
  await client.query(`ANALYZE`);
  log(`  ANALYZE ${((performance.now() - analyzeStarted) / 1000).toFixed(1)} s`);
  return { rows, seconds, perTable };
}
