/** `npm run db:reset`: empties the local demo database so the next `npm start` migrates and seeds afresh. */
import { rmSync } from "node:fs";
import { resolveDataDir } from "./lib/embedded-postgres";
import path from "node:path";

if (process.env.DATABASE_URL) {
  console.error("db:reset wist alleen de ingebouwde demodatabase; met DATABASE_URL gebruik je `npx prisma migrate reset`.");
  process.exit(1);
}
rmSync(resolveDataDir(path.join(import.meta.dirname, "..", ".data", "postgres")), { recursive: true, force: true });
console.log("De ingebouwde demodatabase is verwijderd; `npm start` maakt hem opnieuw.");
