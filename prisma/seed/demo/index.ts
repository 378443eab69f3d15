/**
 * Demo data (demo mode only): the six demo accounts plus a realistic region. Created once: when
 * the demo employer account exists, nothing happens. Everything is written in one transaction,
 * so a crash halfway leaves no half demo behind and the next run starts cleanly.
 */
import type { PrismaClient } from "../../../generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../../scripts/lib/demo-accounts";
import { hashPassword } from "../../../lib/auth/password";
import { createClock } from "../dates";
import type { SeedLog } from "../db";
import { createRandom } from "../random";
import { WORK_READINESS_RULE } from "../reference-data";
import type { DemoContext, RefData } from "./context";
import { seedCandidates } from "./candidates";
import { seedEmployerService } from "./employer-service";
import { seedEmployers } from "./employers";
import { seedMatching } from "./matching";
import { seedNetwork } from "./network";
import { seedProfessionals } from "./professionals";
import { seedTrajectories } from "./trajectories";
import { seedVacancies } from "./vacancies";

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** The account whose existence means "demo data is present". */
export const DEMO_MARKER_EMAIL = "werkgever@demo.werkcentrum.nl";
const DEMO_SEED = 20_260_318;

export type DemoSeedResult = { created: boolean; seconds: number; counts: Record<string, number> };

async function loadReference(prisma: PrismaClient | DemoContext["db"]): Promise<RefData> {
  const [workAreas, municipalities, partners, skills, classes, routingRules, rule] = await Promise.all([
    prisma.workArea.findMany({ orderBy: { name: "asc" } }),
    prisma.municipality.findMany({ orderBy: { code: "asc" } }),
    prisma.partnerOrganisation.findMany({ orderBy: { code: "asc" } }),
    prisma.skill.findMany({ orderBy: { code: "asc" } }),
    prisma.occupationClass.findMany({ orderBy: { code: "asc" } }),
    prisma.routingRule.findMany({ where: { active: true }, orderBy: [{ question: "asc" }, { priority: "asc" }] }),
    prisma.workReadinessRule.findFirst({ where: { active: true }, orderBy: { version: "desc" } }),
  ]);
  const skillsByClass = new Map<string, string[]>();
  for (const skill of skills) {
    if (!skill.occupationClassCode) continue;
    skillsByClass.set(skill.occupationClassCode, [...(skillsByClass.get(skill.occupationClassCode) ?? []), skill.code]);
  }
  return {
    workAreaIdByName: new Map(workAreas.map((area) => [area.name, area.id])),
    workAreaNameById: new Map(workAreas.map((area) => [area.id, area.name])),
    workAreaIdByMunicipality: new Map(municipalities.map((m) => [m.code, m.workAreaId])),
    partnerIdByCode: new Map(partners.map((p) => [p.code, p.id])),
    skillsByClass,
    occupationClassCodes: classes.map((c) => c.code),
    routingRules,
    rule: rule ?? { ...WORK_READINESS_RULE },
  };
}

export async function seedDemoData(prisma: PrismaClient, options: { log: SeedLog; now: Date }): Promise<DemoSeedResult> {
  const started = Date.now();
  const existing = await prisma.user.findUnique({ where: { email: DEMO_MARKER_EMAIL }, select: { id: true } });
  if (existing) {
    options.log("Demodata is al aanwezig; overgeslagen.");
    return { created: false, seconds: 0, counts: {} };
  }

  // One hash for every demo account: argon2 is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ref = await loadReference(prisma);

  const counts = await prisma.$transaction(
    async (db) => {
      const ctx: DemoContext = {
        db,
        random: createRandom(DEMO_SEED),
        clock: createClock(options.now),
        passwordHash,
        ref,
        users: new Map(),
        accountManagers: [],
        jobMediators: [],
        organisations: [],
        vacancies: [],
        candidates: [],
        placements: [],
        proposals: [],
      };
      await seedProfessionals(ctx);
      await seedEmployers(ctx);
      await seedVacancies(ctx);
      await seedCandidates(ctx);
      await seedMatching(ctx);
      await seedEmployerService(ctx);
      await seedNetwork(ctx);
      const trajectories = await seedTrajectories(ctx);
      // Demo accounts stand for people who confirmed their address long ago (decision 019).
      await db.$executeRaw`UPDATE "User" SET "emailVerifiedAt" = "createdAt" WHERE "emailVerifiedAt" IS NULL`;

      const missing = DEMO_ACCOUNTS.filter((account) => ![...ctx.users.values()].some((u) => u.email === account.email));
      if (missing.length > 0) throw new Error(`demo accounts not created: ${missing.map((a) => a.email).join(", ")}`);

      return {
        organisaties: ctx.organisations.length,
        vacatures: ctx.vacancies.length,
        kandidaten: ctx.candidates.length,
        voordrachten: ctx.proposals.length,
        plaatsingen: ctx.placements.length,
        ...trajectories,
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );

  const seconds = (Date.now() - started) / 1000;
  options.log(
    `Demodata: ${counts.organisaties} werkgevers, ${counts.vacatures} vacatures, ${counts.kandidaten} kandidaten, ` +
      `${counts.voordrachten} voordrachten, ${counts.plaatsingen} plaatsingen, ${counts.overdrachten} overdrachten, ` +
      `${counts.knelpunten} knelpunten, ${counts.casusnotities} extra casusnotities (${seconds.toFixed(1)} s).`,
  );
  return { created: true, seconds, counts };
}
