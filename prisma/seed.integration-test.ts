import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../generated/prisma/client";
import type { DeclineReason, HandoverStatus, ProposalStatus } from "../generated/prisma/enums";
import { verifyPassword } from "../lib/auth/password";
import { addWorkingDays } from "../lib/time/working-days";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./seed/demo";
import { seed } from "./seed/index";

// The integration setup gives this file its own freshly migrated, empty database.
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });

afterAll(async () => {
  await prisma.$disconnect();
});

const ALL_PROPOSAL_STATUSES: ProposalStatus[] = [
  "AWAITING_CONSENT", "CONSENT_DECLINED", "PROPOSED", "INVITED", "DECLINED", "INTERVIEW_POSITIVE", "INTERVIEW_NEGATIVE", "PLACED", "WITHDRAWN",
];

const ALL_DECLINE_REASONS: DeclineReason[] = ["SKILLS", "AVAILABILITY", "HOURS", "DISTANCE", "FILLED_OTHERWISE", "OTHER"];
const ALL_HANDOVER_STATUSES: HandoverStatus[] = ["AWAITING_CONSENT", "CONSENT_DECLINED", "CANCELLED", "PENDING", "ACCEPTED", "REFUSED", "BOUNCED"];
const DAY_MS = 86_400_000;

/** Row counts of every table, to prove a second run changes nothing. */
async function countAll(): Promise<Record<string, number>> {
  const rows = await prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name::text AS table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const counts: Record<string, number> = {};
  for (const { table_name } of rows) {
    const [result] = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}"`);
    counts[table_name] = Number(result?.n ?? 0);
  }
  return counts;
}

describe("prisma seed", () => {
  it("reference-only seed creates reference data and no users at all", async () => {
    await seed(prisma, { demo: false });
    await seed(prisma, { demo: false }); // idempotent

    expect(await prisma.user.count()).toBe(0);
    expect(await prisma.organisation.count()).toBe(0);
    expect(await prisma.candidate.count()).toBe(0);
    expect(await prisma.workArea.count()).toBe(4);
    expect(await prisma.municipality.count()).toBe(7);
    expect(await prisma.occupationClass.count()).toBe(12);
    expect(await prisma.partnerOrganisation.count()).toBeGreaterThanOrEqual(10);
    expect(await prisma.skill.count()).toBeGreaterThan(100);
    expect(await prisma.skill.count({ where: { occupationClassCode: null } })).toBeGreaterThan(0);
    expect(await prisma.targetGroup.count()).toBe(13);

    const lks = await prisma.instrument.findUniqueOrThrow({ where: { code: "LKS" } });
    expect(lks.needs).toEqual(["LOONWAARDEMETING"]);
    expect(lks.providers).toEqual(["GEMEENTE"]);
    expect(lks.checkedOn.toISOString().slice(0, 10)).toBe("2026-03-18");

    const rules = await prisma.workReadinessRule.findMany();
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ version: 1, active: true, minEmployeeSkillScore: 3, maxEmployeeSkillsBelow: 2, lowestAllowedBelowScore: 2, blockingLifeDomainScore: 1 });
    expect(rules[0]?.employeeSkills).toHaveLength(13);
    expect(rules[0]?.lifeDomains).toHaveLength(9);

    const routing = await prisma.routingRule.findMany({ include: { partnerOrganisation: true } });
    const partnerFor = (question: string) => routing.filter((r) => r.question === question).sort((a, b) => a.priority - b.priority).map((r) => r.partnerOrganisation.code);
    expect(partnerFor("BENEFIT_WW")).toEqual(["UWV"]);
    expect(partnerFor("BENEFIT_WIA")).toEqual(["UWV"]);
    expect(partnerFor("BENEFIT_WAJONG")).toEqual(["UWV"]);
    expect(partnerFor("BENEFIT_PARTICIPATION")).toEqual(["GEMEENTE"]);
    expect(partnerFor("NO_BENEFIT")).toEqual(["GEMEENTE"]);
    expect(partnerFor("LEARNING_CAREER")).toEqual(["LEERWERKLOKET"]);
    expect(partnerFor("OTHER_WORK")).toEqual(["LEERWERKLOKET", "RMT"]);
    expect(routing.find((r) => r.question === "UNDER_27" && r.partnerOrganisation.code === "DOORSTROOMPUNT")?.maxAge).toBe(26);
    expect(routing.every((r) => r.normWorkingDays === 5 && r.team.length > 0)).toBe(true);

    expect(await prisma.programme.count()).toBe(2);
    expect(await prisma.programmeProject.count()).toBe(22);
    expect(await prisma.programmeProject.count({ where: { status: "DONE" } })).toBe(1);
    const ggz = await prisma.programmeProject.findFirstOrThrow({ where: { name: "Gezamenlijke aanpak GGZ" } });
    expect(ggz.actuals).toEqual({ trajectories: 9 });
  });

  it("demo seed meets the minimums", { timeout: 120_000 }, async () => {
    const started = Date.now();
    const result = await seed(prisma, { demo: true });
    expect(result.demo?.created).toBe(true);
    expect(Date.now() - started).toBeLessThan(30_000);

    // Employers: ≥ 25 over all 7 municipalities, each owned by an accountmanager.
    const organisations = await prisma.organisation.findMany({ include: { owner: true, contacts: true } });
    expect(organisations.length).toBeGreaterThanOrEqual(25);
    expect(new Set(organisations.map((o) => o.municipalityCode)).size).toBe(7);
    expect(organisations.every((o) => o.owner.role === "ACCOUNT_MANAGER")).toBe(true);
    expect(organisations.every((o) => /^\d{8}$/.test(o.kvkNumber))).toBe(true);
    expect(organisations.every((o) => o.contacts.length >= 1 && o.contacts.every((c) => c.role === "EMPLOYER"))).toBe(true);

    // Vacancies: ≥ 60 over all 12 occupation classes, each with 2–5 skills.
    const vacancies = await prisma.vacancy.findMany({ include: { _count: { select: { skills: true, statusChanges: true } } } });
    expect(vacancies.length).toBeGreaterThanOrEqual(60);
    expect(new Set(vacancies.map((v) => v.occupationClassCode)).size).toBe(12);
    expect(vacancies.every((v) => v._count.skills >= 2 && v._count.skills <= 5 && v._count.statusChanges >= 1)).toBe(true);
    expect(new Set(vacancies.map((v) => v.status)).size).toBe(5);
    expect(await prisma.vacancyHandover.count()).toBeGreaterThan(0);
    expect(await prisma.adviceRecord.count({ where: { kind: "JOB_CARVING" } })).toBeGreaterThan(0);

    // Candidates: ≥ 150, each with a skill; owners are bemiddelaars; werkfit consistent with the latest assessment.
    const candidates = await prisma.candidate.findMany({
      include: { owner: true, _count: { select: { skills: true } }, assessments: { orderBy: { assessedOn: "desc" }, take: 1 } },
    });
    expect(candidates.length).toBeGreaterThanOrEqual(150);
    expect(candidates.every((c) => c._count.skills >= 1)).toBe(true);
    expect(candidates.filter((c) => c.ownerId).every((c) => c.owner?.role === "JOB_MEDIATOR")).toBe(true);
    for (const candidate of candidates) {
      const latest = candidate.assessments[0];
      const ready = latest ? (latest.overrideWorkReady ?? latest.derivedWorkReady) : false;
      expect(candidate.isWorkReady).toBe(ready);
      expect(candidate.workReadySince !== null).toBe(ready);
    }

    // The six demo accounts, with the right roles and the shared password.
    for (const account of DEMO_ACCOUNTS) {
      const found = await prisma.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(found.role).toBe(account.role);
      expect(await verifyPassword(found.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    const employer = await prisma.user.findUniqueOrThrow({ where: { email: "werkgever@demo.werkcentrum.nl" }, include: { organisation: { include: { owner: true } } } });
    expect(employer.organisation?.city).toBe("Hilversum");
    expect(employer.organisation?.owner.email).toBe("accountmanager@demo.werkcentrum.nl");
    expect(await prisma.question.count({ where: { organisationId: employer.organisationId ?? "", answeredAt: null } })).toBeGreaterThanOrEqual(1);
    const jobseeker = await prisma.candidate.findFirstOrThrow({
      where: { user: { email: "werkzoekende@demo.werkcentrum.nl" } },
      include: { owner: true, consents: true, helpRequests: true, _count: { select: { skills: true, occupationWishes: true } } },
    });
    expect(jobseeker.owner?.email).toBe("bemiddelaar@demo.werkcentrum.nl");
    expect(jobseeker.consents.some((c) => c.purpose === "SHARE_WITH_PARTNERS" && c.grantedAt && !c.revokedAt)).toBe(true);
    expect(jobseeker.helpRequests.length).toBeGreaterThanOrEqual(1);
    expect(jobseeker._count.skills).toBeGreaterThan(0);
    expect(jobseeker._count.occupationWishes).toBeGreaterThan(0);

    // Proposals in every status, placements with instruments and aftercare, double approaches.
    const statuses = await prisma.proposal.groupBy({ by: ["status"], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual([...ALL_PROPOSAL_STATUSES].sort());
    expect(await prisma.placement.count()).toBeGreaterThan(10);
    expect(await prisma.placement.count({ where: { sustainableAt: { not: null } } })).toBeGreaterThan(0);
    expect(await prisma.placement.count({ where: { endReason: { not: null } } })).toBeGreaterThan(0);
    expect(await prisma.instrumentApplication.count({ where: { instrumentCode: "LKS", amountCents: { not: null }, wageValuePct: { not: null } } })).toBeGreaterThan(0);
    expect(await prisma.aftercareCheck.count({ where: { completedAt: { not: null } } })).toBeGreaterThan(0);
    expect(await prisma.aftercareCheck.count({ where: { completedAt: null, dueDate: { lt: new Date() } } })).toBeGreaterThan(0);
    expect(await prisma.aftercareCheck.count({ where: { completedAt: null, dueDate: { gte: new Date() } } })).toBeGreaterThan(0);
    const doubles = await prisma.contactMoment.findMany({ where: { isDoubleApproach: true }, include: { organisation: true } });
    expect(doubles.length).toBeGreaterThan(0);
    expect(doubles.every((d) => d.authorId !== d.organisation.ownerId)).toBe(true);
    expect(await prisma.contactMoment.count({ where: { isDoubleApproach: false } })).toBeGreaterThan(0);
    expect(await prisma.notification.count({ where: { kind: "DOUBLE_APPROACH" } })).toBe(doubles.length);

    // Future free appointment slots, and the rest of the network.
    expect(await prisma.appointmentSlot.count({ where: { status: "FREE", startsAt: { gt: new Date() } } })).toBeGreaterThan(10);
    expect(await prisma.appointment.count({ where: { slot: { status: "BOOKED" } } })).toBeGreaterThan(0);
    expect((await prisma.helpRequest.groupBy({ by: ["status"], _count: true })).map((g) => g.status)).toEqual(expect.arrayContaining(["ROUTED", "ACCEPTED", "ESCALATED"]));
    expect((await prisma.handover.groupBy({ by: ["status"], _count: true })).map((g) => g.status)).toEqual(expect.arrayContaining(["PENDING", "ACCEPTED", "BOUNCED"]));
    expect(await prisma.event.count({ where: { theme: "Digitalisering & AI" } })).toBe(1);
    expect(await prisma.eventRegistration.count()).toBeGreaterThan(0);
    expect(await prisma.sroiDelivery.count()).toBeGreaterThan(0);
    expect(await prisma.learningOffer.count()).toBeGreaterThan(0);
    expect(await prisma.ownershipTransfer.count()).toBeGreaterThanOrEqual(2);
    expect(await prisma.caseNote.count()).toBeGreaterThan(0);
  });

  it("demo data tells the issue-5 story: proposals, placements, aftercare, handovers (B4–B8, E5–E7, J4)", async () => {
    const now = new Date();
    const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

    // Proposals: every status, with a history that ends in the current status and the shared/answer dates.
    const proposals = await prisma.proposal.findMany({ include: { statusChanges: { orderBy: { at: "asc" } }, consents: true } });
    expect(new Set(proposals.map((p) => p.status))).toEqual(new Set(ALL_PROPOSAL_STATUSES));
    for (const p of proposals) {
      expect(p.statusChanges[0]?.fromStatus).toBeNull();
      expect(p.statusChanges.at(-1)?.toStatus).toBe(p.status);
      const shared = !["AWAITING_CONSENT", "CONSENT_DECLINED"].includes(p.status);
      expect(p.sharedAt !== null).toBe(shared);
      expect(p.consents.filter((c) => c.purpose === "SHARE_WITH_EMPLOYER")).toHaveLength(1);
      if (shared) {
        expect(p.responseDueBy).toEqual(addWorkingDays(p.sharedAt!, 10));
        expect(p.consents[0]?.grantedAt?.getTime()).toBe(p.sharedAt!.getTime());
      }
      if (p.respondedAt) expect(p.respondedAt.getTime()).toBeGreaterThan(p.sharedAt!.getTime());
      if (p.status === "WITHDRAWN") expect(p.withdrawnReason).toBeTruthy();
      if (p.status === "AWAITING_CONSENT") expect(p.consents[0]).toMatchObject({ grantedAt: null, declinedAt: null, revokedAt: null });
      if (p.status === "CONSENT_DECLINED") expect(p.consents[0]?.declinedAt).not.toBeNull();
    }
    const declineReasons = new Set(proposals.filter((p) => p.status === "DECLINED").map((p) => p.declineReason));
    expect(declineReasons).toEqual(new Set(ALL_DECLINE_REASONS));
    expect(proposals.some((p) => p.status === "DECLINED" && p.declineReason === "OTHER" && p.declineText)).toBe(true);
    const overdue = proposals.filter((p) => p.status === "PROPOSED" && p.responseDueBy! < now);
    expect(overdue.some((p) => p.reminderSentAt)).toBe(true);
    expect(overdue.filter((p) => !p.reminderSentAt)).toHaveLength(1);

    // The demo accounts see data.
    const mediator = await prisma.user.findUniqueOrThrow({ where: { email: "bemiddelaar@demo.werkcentrum.nl" } });
    const employer = await prisma.user.findUniqueOrThrow({ where: { email: "werkgever@demo.werkcentrum.nl" } });
    const accountManager = await prisma.user.findUniqueOrThrow({ where: { email: "accountmanager@demo.werkcentrum.nl" } });
    const resident = await prisma.candidate.findFirstOrThrow({ where: { user: { email: "werkzoekende@demo.werkcentrum.nl" } } });
    const mediatorStatuses = new Set(proposals.filter((p) => p.proposedById === mediator.id).map((p) => p.status));
    expect(mediatorStatuses.size).toBeGreaterThanOrEqual(5);
    const forEmployer = await prisma.proposal.findMany({ where: { vacancy: { organisationId: employer.organisationId! }, sharedAt: { not: null } } });
    expect(forEmployer.some((p) => p.status === "PROPOSED" && p.proposedById === mediator.id)).toBe(true);
    expect(forEmployer.some((p) => p.status === "INVITED")).toBe(true);
    const residentProposals = proposals.filter((p) => p.candidateId === resident.id);
    expect(residentProposals.filter((p) => p.status === "AWAITING_CONSENT")).toHaveLength(1);
    expect(residentProposals.some((p) => p.sharedAt)).toBe(true);
    expect(resident.ownerId).toBe(mediator.id);
    expect(resident.status).toBe("SEEKING");

    // Placements: instruments (an LKS with loonwaarde, a proefplaatsing with its assessment), status follows.
    const placements = await prisma.placement.findMany({ include: { instruments: true, aftercareChecks: true, candidate: true, vacancy: true, organisation: true } });
    expect(new Set(placements.map((p) => p.contractType)).size).toBe(6);
    expect(placements.some((p) => p.instruments.some((i) => i.instrumentCode === "LKS" && i.wageValuePct && i.amountCents && i.endDate))).toBe(true);
    expect(placements.some((p) => p.contractType === "TRIAL_PLACEMENT" && p.trialEndDate && p.trialOutcome && p.trialAssessedAt && p.instruments.some((i) => i.instrumentCode === "PROEFPLAATSING"))).toBe(true);
    for (const p of placements) {
      const runs = !p.endedOn || p.endedOn > today;
      if (runs) expect(p.candidate.status).toBe("PLACED");
      expect(p.vacancy?.status).toBe("FILLED");
      if (!runs) expect(p.endReasonCode).not.toBeNull();
    }
    expect(placements.some((p) => p.endedOn && p.endReasonCode && p.endReason)).toBe(true);
    expect(placements.some((p) => p.sustainableAt && !p.endedOn)).toBe(true);
    expect(placements.some((p) => p.organisation.ownerId === accountManager.id)).toBe(true);

    // Aftercare: overdue, due soon, low scores followed up and not yet, knelpunten.
    const checks = placements.flatMap((p) => p.aftercareChecks.map((c) => ({ ...c, placement: p })));
    const open = checks.filter((c) => !c.completedAt && (!c.placement.endedOn || c.placement.endedOn > today));
    expect(open.some((c) => c.dueDate < today && c.notifiedAt)).toBe(true);
    expect(open.some((c) => c.dueDate > today && c.dueDate.getTime() <= today.getTime() + 14 * DAY_MS)).toBe(true);
    expect(open.some((c) => c.side === "EMPLOYEE" && c.dueDate < today && c.placement.recordedById === mediator.id)).toBe(true);
    expect(open.some((c) => c.side === "EMPLOYER" && c.dueDate <= today && c.placement.organisationId === employer.organisationId)).toBe(true);
    const lowEmployer = checks.filter((c) => c.side === "EMPLOYER" && c.score !== null && c.score <= 2);
    expect(lowEmployer.some((c) => c.followedUpAt && c.followUpNote && c.followedUpById === c.placement.organisation.ownerId)).toBe(true);
    expect(lowEmployer.some((c) => !c.followedUpAt)).toBe(true);
    const signals = await prisma.placementSignal.findMany();
    expect(signals.some((s) => s.handledAt && s.handledById)).toBe(true);
    expect(signals.some((s) => !s.handledAt)).toBe(true);

    // Warm handovers in every status; at most one open per candidate; acceptors own their candidates.
    const handovers = await prisma.handover.findMany({ include: { candidate: true, consents: true, toPartnerOrganisation: true } });
    expect(new Set(handovers.map((h) => h.status))).toEqual(new Set(ALL_HANDOVER_STATUSES));
    expect(handovers.every((h) => h.consents.length === 1 && h.consents[0]?.partnerOrganisationCode === h.toPartnerOrganisation.code)).toBe(true);
    const openHandovers = handovers.filter((h) => h.status === "AWAITING_CONSENT" || h.status === "PENDING");
    expect(new Set(openHandovers.map((h) => h.candidateId)).size).toBe(openHandovers.length);
    expect(handovers.find((h) => h.status === "AWAITING_CONSENT")?.consents[0]).toMatchObject({ grantedAt: null, declinedAt: null });
    const mediatorPartners = new Set((await prisma.user.findMany({ where: { role: "JOB_MEDIATOR" }, include: { partnerOrganisation: true } })).map((u) => u.partnerOrganisation?.code));
    expect(handovers.some((h) => h.status === "PENDING" && h.fromUserId === mediator.id && h.toPartnerOrganisation.code !== "GEMEENTE" && mediatorPartners.has(h.toPartnerOrganisation.code))).toBe(true);
    for (const h of handovers.filter((x) => x.status === "ACCEPTED")) {
      expect(h.acceptedById && h.firstContactAt && h.decidedAt).toBeTruthy();
      expect(h.candidate.ownerId).toBe(h.acceptedById);
    }
    expect(await prisma.ownershipTransfer.count({ where: { candidateId: { in: handovers.filter((h) => h.status === "ACCEPTED").map((h) => h.candidateId) } } })).toBeGreaterThan(0);

    // Matchtafel notes by the demo accountmanager and bemiddelaar, some about a candidate.
    const notes = await prisma.caseNote.findMany({ where: { authorId: { in: [mediator.id, accountManager.id] } } });
    expect(new Set(notes.map((n) => n.authorId)).size).toBe(2);
    expect(notes.some((n) => n.candidateId)).toBe(true);
  });

  it("running the demo seed again changes no counts", { timeout: 120_000 }, async () => {
    const before = await countAll();
    const result = await seed(prisma, { demo: true });
    expect(result.demo?.created).toBe(false);
    expect(await countAll()).toEqual(before);
  });
});
