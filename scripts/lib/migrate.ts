import { spawn } from "node:child_process";
import path from "node:path";

const PRISMA_BIN = path.join(import.meta.dirname, "../../node_modules/.bin/prisma");

const DONE_MARKERS = ["All migrations have been successfully applied", "No pending migrations to apply"];

/**
 * Applies all migrations with the Prisma CLI (JavaScript schema engine, see prisma.config.ts), connected as
 * `databaseUrl`, which must be the owner of the schema (decision 025).
 * Prisma 6.19's JS engine finishes in well under a second but its process lingers ~10 s before
 * exiting; once it has printed that it is done we stop waiting for it.
 */
export function migrateDeploy(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(PRISMA_BIN, ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, MIGRATION_DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let finished = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!finished && DONE_MARKERS.some((marker) => output.includes(marker))) {
        finished = true;
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("exit", (code) => {
      if (finished) return;
      if (code === 0) return resolve();
      process.stderr.write(output);
      reject(new Error(`prisma migrate deploy failed (exit ${code})`));
    });
  });
}
