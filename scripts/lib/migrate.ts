import { spawnSync } from "node:child_process";

/** Applies all migrations with the Prisma CLI (JavaScript schema engine, see prisma.config.ts). */
export function migrateDeploy(databaseUrl: string): void {
  const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error("prisma migrate deploy failed");
  }
}
