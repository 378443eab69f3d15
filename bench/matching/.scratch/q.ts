import pg from "pg";
const client = new pg.Client({ connectionString: process.env.U });
await client.connect();
const t = performance.now();
const r = await client.query(process.argv[2]!);
console.log(((performance.now() - t)).toFixed(0), "ms", JSON.stringify(r.rows.slice(0, 40), null, 0).slice(0, 3000));
await client.end();
