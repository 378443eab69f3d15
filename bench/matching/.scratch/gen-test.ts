import pg from "pg";
import { startBenchDatabase } from "/work/main/bench/matching/bench-database";
import { generateBenchData, SCALES } from "/work/main/bench/matching/generate";
const scale = SCALES[(process.argv[2] ?? "regional") as "regional"];
const t0 = performance.now();
const db = await startBenchDatabase();
console.log(`db ready ${((performance.now()-t0)/1000).toFixed(1)} s`);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
try {
  const r = await generateBenchData(client, scale, console.log);
  console.log(r.rows, r.seconds.toFixed(1), Math.round(r.rows / r.seconds), "rows/s");
  console.log(process.argv[3] === "keep" ? db.url : "");
  if (process.argv[3] === "keep") { await new Promise((r) => setTimeout(r, 3_600_000)); }
} finally {
  await client.end();
  await db.stop();
}
