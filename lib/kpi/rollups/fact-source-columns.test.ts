import { describe, expect, it } from "vitest";
import { PLACEMENTS_FACT } from "../facts/placements-fact";
import { QUESTIONS_FACT } from "../facts/questions-fact";
import { VACANCIES_FACT } from "../facts/vacancies-fact";
import { factSourceColumns, sourceColumnsOf, watchedColumns, type FactSources } from "./fact-source-columns";

const plain = (sources: FactSources) => Object.fromEntries([...sources].map(([table, source]) => [table, { via: source.via, columns: [...source.columns].sort() }]));

describe("factSourceColumns: the columns a fact reads, from its SQL", () => {
  it("vacancies: the counted table, the employer and its municipality", () => {
    expect(plain(factSourceColumns(VACANCIES_FACT))).toEqual({
      Vacancy: { via: "from", columns: ["createdAt", "occupationClassCode", "organisationId", "workAreaId"] },
      Organisation: { via: "join", columns: ["id", "municipalityCode"] },
      Municipality: { via: "join", columns: ["code", "workAreaId"] },
    });
  });

  it("placements: also the doelgroepregister, counted in a subquery (FROM)", () => {
    const sources = plain(factSourceColumns(PLACEMENTS_FACT));
    expect(sources.CandidateTargetGroup).toEqual({ via: "from", columns: ["candidateId", "targetGroupCode"] });
    expect(sources.Placement!.columns).toEqual(["candidateId", "contractType", "startDate", "vacancyId"]);
    expect(sources.User).toEqual({ via: "join", columns: ["id", "partnerOrganisationId"] });
  });

  it("questions: CTE and LATERAL aliases are not tables", () => {
    expect(Object.keys(plain(factSourceColumns(QUESTIONS_FACT))).sort()).toEqual(["Municipality", "Organisation", "Question"]);
    expect(plain(factSourceColumns(QUESTIONS_FACT)).Question!.columns).toEqual(["answeredAt", "createdAt", "organisationId"]);
  });

  it("refuses a table without an alias (its columns could not be attributed)", () => {
    expect(() => sourceColumnsOf(`FROM "Vacancy" WHERE "title" = 'x'`)).toThrow(/no alias/);
    expect(() => sourceColumnsOf(`FROM "Vacancy" v JOIN "Organisation" v ON true`)).toThrow(/used for both/);
  });
});

describe("watchedColumns: what an UPDATE trigger compares", () => {
  it("reads the new-row columns of IS DISTINCT FROM conditions, tuples or single", () => {
    const source = `SELECT 1 FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."createdAt", n."answeredAt") IS DISTINCT FROM (o."createdAt", o."answeredAt");
      IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."partnerOrganisationId" IS DISTINCT FROM o."partnerOrganisationId")`;
    expect([...watchedColumns(source, ["id", "createdAt", "answeredAt", "partnerOrganisationId", "title"])].sort()).toEqual(["answeredAt", "createdAt", "partnerOrganisationId"]);
  });

  it("an update trigger without a condition watches every column", () => {
    expect([...watchedColumns(`candidate_ids := ARRAY(SELECT "candidateId" FROM new_rows)`, ["candidateId", "targetGroupCode"])]).toEqual(["candidateId", "targetGroupCode"]);
  });
});
