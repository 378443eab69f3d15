import pg from "pg";
import { CANDIDATE_PROFILE_COLUMNS, VACANCY_PROFILE_COLUMNS, candidateProfileOfRow, vacancyProfileOfRow } from "@/lib/matching/profile-sql";
const client = new pg.Client({ connectionString: process.env.U });
await client.connect();
const batch = Number(process.argv[3] ?? 20000);
const side = process.argv[2] ?? "c";
let last = "";
let n = 0;
const t = performance.now();
let sqlMs = 0;
for (;;) {
  const t1 = performance.now();
  const r = side === "c"
    ? await client.query(`SELECT ${CANDIDATE_PROFILE_COLUMNS} FROM "Candidate" c WHERE c.id > $1 ORDER BY c.id LIMIT $2`, [last, batch])
    : await client.query(`SELECT ${VACANCY_PROFILE_COLUMNS} FROM "Vacancy" v WHERE v.id > $1 ORDER BY v.id LIMIT $2`, [last, batch]);
  sqlMs += performance.now() - t1;
  if (r.rows.length === 0) break;
  for (const row of r.rows) side === "c" ? candidateProfileOfRow(row) : vacancyProfileOfRow(row);
  n += r.rows.length;
  last = r.rows[r.rows.length - 1].id;
}
console.log(n, "rows", ((performance.now() - t) / 1000).toFixed(1), "s total; sql+transfer", (sqlMs / 1000).toFixed(1), "s");
await client.end();
