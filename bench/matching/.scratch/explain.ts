import pg from "pg";
import { CANDIDATE_PROFILE_COLUMNS } from "@/lib/matching/profile-sql";
const client = new pg.Client({ connectionString: process.env.U });
await client.connect();
const r = await client.query(`EXPLAIN (ANALYZE, BUFFERS) SELECT ${CANDIDATE_PROFILE_COLUMNS} FROM "Candidate" c WHERE c.id > $1 ORDER BY c.id LIMIT 20000`, ["bc0500000"]);
console.log(r.rows.map((x) => x["QUERY PLAN"]).join("\n"));
await client.end();
