import pg from "pg";
import { startBenchDatabase } from "../bench-database";
const database = await startBenchDatabase();
process.env.DATABASE_URL = database.url;
const { prisma } = await import("../../../lib/db");
const client = new pg.Client({ connectionString: database.url });
await client.connect();
const t = async (label: string, f: () => Promise<unknown>, n = 300) => {
  for (let i = 0; i < 20; i++) await f();
  const times: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); await f(); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(label.padEnd(40), times[Math.floor(n / 2)]!.toFixed(2), times[Math.floor(n * 0.95)]!.toFixed(2));
};
for (let round = 0; round < 2; round++) {
  await t("prisma raw select 1", () => prisma.$queryRawUnsafe("SELECT 1"));
  await t("pg select 1", () => client.query("SELECT 1"));
  await t("pg select 1 param", () => client.query("SELECT $1::int", [1]));
  await t("prisma tx with select 1", () => prisma.$transaction(async (tx) => tx.$queryRawUnsafe("SELECT 1")));
  await t("prisma findFirst workArea", () => prisma.workArea.findFirst());
}
await prisma.$disconnect();
await client.end();
await database.stop();
