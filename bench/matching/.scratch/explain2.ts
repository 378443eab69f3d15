import pg from "pg";
const client = new pg.Client({ connectionString: process.env.U });
await client.connect();
const sql = `
WITH c AS (SELECT * FROM "Candidate" c WHERE c.id > $1 ORDER BY c.id LIMIT $2),
hi AS (SELECT max(id) AS id FROM c),
sk AS (SELECT s."candidateId" AS id, json_agg(json_build_array(s."skillCode", s.level)) AS skills FROM "CandidateSkill" s WHERE s."candidateId" > $1 AND s."candidateId" <= (SELECT id FROM hi) GROUP BY 1),
ow AS (SELECT w."candidateId" AS id, array_agg(w."occupationClassCode") AS codes FROM "CandidateOccupationWish" w WHERE w."candidateId" > $1 AND w."candidateId" <= (SELECT id FROM hi) GROUP BY 1),
aw AS (SELECT a."candidateId" AS id, array_agg(a."workAreaId") AS ids FROM "CandidateWorkAreaWish" a WHERE a."candidateId" > $1 AND a."candidateId" <= (SELECT id FROM hi) GROUP BY 1),
ks AS (SELECT k."candidateId" AS id, (extract(epoch FROM max(k."grantedAt")) * 1000)::float8 AS ms FROM "Consent" k WHERE k."candidateId" > $1 AND k."candidateId" <= (SELECT id FROM hi) AND k.purpose = 'SHARE_WITH_PARTNERS' AND k."grantedAt" IS NOT NULL AND k."revokedAt" IS NULL GROUP BY 1)
SELECT c.id, (extract(epoch FROM c."anonymisedAt") * 1000)::float8 AS "anonymisedAtMs", (c."availableFrom" - DATE '1970-01-01') AS "availableFromDay",
  c."hoursPerWeekMin", c."hoursPerWeekMax", c."maxTravelMinutes", c."isWorkReady", (c."workReadySince" - DATE '1970-01-01') AS "workReadySinceDay",
  m."workAreaId" AS "homeWorkAreaId", ks.ms AS "sharedSinceMs", sk.skills, ow.codes AS "occupationClassCodes", aw.ids AS "workAreaIds"
FROM c LEFT JOIN "Municipality" m ON m.code = c."municipalityCode" LEFT JOIN sk ON sk.id = c.id LEFT JOIN ow ON ow.id = c.id LEFT JOIN aw ON aw.id = c.id LEFT JOIN ks ON ks.id = c.id
ORDER BY c.id`;
if (process.argv[2] === "explain") {
  const r = await client.query(`EXPLAIN (ANALYZE) ${sql}`, ["bc0500000", 20000]);
  console.log(r.rows.map((x) => x["QUERY PLAN"]).join("\n"));
} else {
  let last = ""; let n = 0; const t = performance.now();
  for (;;) { const r = await client.query(sql, [last, 20000]); if (!r.rows.length) break; n += r.rows.length; last = r.rows[r.rows.length-1].id; }
  console.log(n, ((performance.now()-t)/1000).toFixed(1), "s");
}
await client.end();
