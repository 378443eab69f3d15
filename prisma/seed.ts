/**
 * `npm run db:seed` (reference data only) or `tsx prisma/seed.ts --demo` / SEED_DEMO=1 (reference
 * data plus demo accounts and demo data). Safe to run repeatedly.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { seed } from "./seed/index";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("DATABASE_URL ontbreekt: geef de database op waarin gezaaid moet worden.");
  process.exit(1);
}

const demo = process.argv.includes("--demo") || process.env.SEED_DEMO === "1";
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
const started = Date.now();

try {
  await seed(prisma, { demo, log: (message) => console.log(message) });
  console.log(`Zaaien klaar in ${((Date.now() - started) / 1000).toFixed(1)} s${demo ? " (met demodata)" : ""}.`);
} catch (error) {
  console.error("Zaaien mislukt:", error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
