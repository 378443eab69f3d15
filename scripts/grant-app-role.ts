/**
 * `npm run db:deploy` after `prisma migrate deploy`: gives the portal's role (DATABASE_URL) exactly its rights,
 * connected as the owner (MIGRATION_DATABASE_URL). See scripts/lib/app-role.ts and decision 025.
 */
import { ensureAppRole } from "./lib/app-role";

const ownerUrl = process.env.MIGRATION_DATABASE_URL;
const appUrl = process.env.DATABASE_URL;
if (!appUrl) {
  console.error("Zet DATABASE_URL (de rol van het portaal) en MIGRATION_DATABASE_URL (de eigenaar van het schema).");
  process.exit(1);
}
if (!ownerUrl) {
  // A developer's own database with one URL: nothing to grant, but say that the portal then runs as the owner.
  console.warn("Geen MIGRATION_DATABASE_URL: DATABASE_URL is de eigenaar; er is geen aparte app-rol ingericht (niet voor productie).");
  process.exit(0);
}
await ensureAppRole(ownerUrl, appUrl);
console.log(`De rol ${new URL(appUrl).username} heeft zijn rechten: lezen en schrijven, maar het auditlog alleen lezen en aanvullen.`);
