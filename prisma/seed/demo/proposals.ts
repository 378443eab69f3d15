/**
 * Issue 5 on top of the proposals seedMatching made: when each was shared with the employer, the
 * 10-working-day answer norm, reminders, withdrawal reasons and a plausible status history, plus a
 * pending consent request for the demo resident.
 */
import type { DeclineReason, ProposalStatus } from "../../../generated/prisma/enums";
import { Prisma } from "../../../generated/prisma/client";
import { addWorkingDays } from "../../../lib/time/working-days";
import { addDays, addHours } from "../dates";
import { user, type DemoContext } from "./context";

export const RESPONSE_WORKING_DAYS = 10;

const DECLINE_REASONS: DeclineReason[] = ["SKILLS", "AVAILABILITY", "HOURS", "DISTANCE", "FILLED_OTHERWISE", "OTHER"];
const DECLINE_TEXTS: Record<DeclineReason, string> = {
  SKILLS: "De gevraagde ervaring met de kerntaken ontbreekt nog.",
  AVAILABILITY: "Kandidaat is pas later beschikbaar dan wij nodig hebben.",
  HOURS: "Wij zoeken iemand voor meer uren per week.",
  DISTANCE: "Reistijd naar onze locatie is te lang zonder eigen vervoer.",
  FILLED_OTHERWISE: "De vacature is inmiddels via een andere weg ingevuld.",
  OTHER: "Past op dit moment niet in het team; graag houden wij contact.",
};
const WITHDRAWN_REASONS = [
  "Kandidaat heeft elders een baan aangenomen.",
  "Kandidaat wil toch liever in een andere branche werken.",
  "De werktijden bleken niet te combineren met de zorg voor de kinderen.",
  "Kandidaat start eerst met een opleiding via het Leerwerkloket.",
];

type ProposalTimeline = {
  id: string;
  createdAt: Date;
  sharedAt: Date | null;
  responseDueBy: Date | null;
  respondedAt: Date | null;
  interviewOutcomeAt: Date | null;
  reminderSentAt: Date | null;
  declineReason: DeclineReason | null;
  declineText: string | null;
  withdrawnReason: string | null;
  updatedAt: Date;
};

type ConsentTimeline = { id: string; createdAt: Date; grantedAt: Date };

type Change = { fromStatus: ProposalStatus | null; toStatus: ProposalStatus; byUserId: string | null; at: Date };

export async function completeProposals(ctx: DemoContext): Promise<{ statusChanges: number }> {
  const { db, random, clock } = ctx;
  const now = clock.now;
  const cap = (date: Date) => (date > now ? now : date);
  const later = (a: Date, b: Date) => (a > b ? a : b);
  const demoVacancyIds = new Set(ctx.vacancies.filter((v) => v.demo).map((v) => v.id));
  const contactByOrg = new Map(ctx.organisations.map((org) => [org.id, org.contactIds[0] ?? org.ownerId]));

  // Flat queries, one after the other: nested reads make Prisma run queries concurrently on the
  // transaction's single connection.
  const proposals = await db.proposal.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, vacancyId: true, candidateId: true, status: true, createdAt: true, respondedAt: true, proposedById: true, declineReason: true, declineText: true },
  });
  const placedAt = new Map((await db.placement.findMany({ select: { proposalId: true, createdAt: true } })).map((p) => [p.proposalId, p.createdAt]));
  const consentByProposal = new Map(
    (await db.consent.findMany({ where: { purpose: "SHARE_WITH_EMPLOYER", proposalId: { not: null } }, select: { id: true, proposalId: true, declinedAt: true } })).map((c) => [c.proposalId, c]),
  );
  const residentByCandidate = new Map(ctx.candidates.map((c) => [c.id, c.userId]));
  const orgByVacancy = new Map(ctx.vacancies.map((v) => [v.id, v.organisationId]));

  const changes: Prisma.ProposalStatusChangeCreateManyInput[] = [];
  const timelines: ProposalTimeline[] = [];
  const grants: ConsentTimeline[] = [];
  let declinedSeen = 0;
  let unremindedLeft = 1; // one overdue proposal without a reminder: the next scheduler run sends it
  for (const p of proposals) {
    const proposer = p.proposedById;
    const resident = residentByCandidate.get(p.candidateId) ?? proposer; // a paper consent is recorded by the bemiddelaar
    const employer = contactByOrg.get(orgByVacancy.get(p.vacancyId) ?? "") ?? null;
    // seedMatching clamps dates to today, so a few answered proposals were "made" today: move them back.
    const answeredToday = !!p.respondedAt && p.status !== "WITHDRAWN" && p.respondedAt.getTime() - p.createdAt.getTime() < 86_400_000;
    const created = answeredToday ? addHours(addDays(p.createdAt, -random.int(4, 6)), random.int(9, 15)) : p.createdAt;
    const history: Change[] = [{ fromStatus: null, toStatus: "AWAITING_CONSENT", byUserId: proposer, at: created }];
    const step = (toStatus: ProposalStatus, byUserId: string | null, at: Date) => {
      const previous = history[history.length - 1]!;
      history.push({ fromStatus: previous.toStatus, toStatus, byUserId, at: later(at, addHours(previous.at, 0.25)) });
    };
    const data: ProposalTimeline = {
      id: p.id, sharedAt: null, responseDueBy: null, respondedAt: p.respondedAt, createdAt: created, interviewOutcomeAt: null, reminderSentAt: null,
      declineReason: p.declineReason, declineText: p.declineText, withdrawnReason: null, updatedAt: created,
    };
    const consent = consentByProposal.get(p.id);

    if (p.status === "CONSENT_DECLINED") {
      step("CONSENT_DECLINED", resident, consent?.declinedAt ?? cap(addDays(created, 1)));
    } else if (p.status !== "AWAITING_CONSENT") {
      const placed = placedAt.get(p.id) ?? null;
      let sharedAt = cap(addHours(created, random.int(2, 20)));
      const deadline = placed ?? (answeredToday ? null : p.respondedAt);
      if (deadline && sharedAt >= deadline) sharedAt = new Date(created.getTime() + (deadline.getTime() - created.getTime()) / 3);
      const responseDueBy = addWorkingDays(sharedAt, RESPONSE_WORKING_DAYS);
      Object.assign(data, { sharedAt, responseDueBy });
      if (consent) grants.push({ id: consent.id, createdAt: created, grantedAt: sharedAt });
      step("PROPOSED", resident, sharedAt);

      let respondedAt = answeredToday ? addDays(sharedAt, random.int(1, 2)) : p.respondedAt;
      if (p.status === "PLACED" && placed) {
        if (!respondedAt || respondedAt <= sharedAt || respondedAt >= placed) respondedAt = new Date(sharedAt.getTime() + (placed.getTime() - sharedAt.getTime()) * 0.3);
      }
      const withdrawnFrom: ProposalStatus | null = p.status === "WITHDRAWN" ? random.pick<ProposalStatus>(["PROPOSED", "INVITED"]) : null;
      if (withdrawnFrom === "INVITED") respondedAt = cap(addDays(sharedAt, random.int(1, 4)));
      data.respondedAt = respondedAt;

      if (p.status === "PROPOSED") {
        if (responseDueBy < now && (unremindedLeft === 0 || demoVacancyIds.has(p.vacancyId))) {
          data.reminderSentAt = addHours(responseDueBy, 1);
        } else if (responseDueBy < now) unremindedLeft--;
      } else if (respondedAt && respondedAt > responseDueBy) data.reminderSentAt = addHours(responseDueBy, 1);

      if (respondedAt && p.status !== "WITHDRAWN") step(p.status === "DECLINED" ? "DECLINED" : "INVITED", employer, respondedAt);
      if (p.status === "DECLINED") {
        const reason = declinedSeen < DECLINE_REASONS.length ? DECLINE_REASONS[declinedSeen]! : (p.declineReason ?? "OTHER");
        declinedSeen++;
        Object.assign(data, { declineReason: reason, declineText: DECLINE_TEXTS[reason] });
      }
      if (p.status === "INTERVIEW_POSITIVE" || p.status === "INTERVIEW_NEGATIVE" || p.status === "PLACED") {
        const outcomeAt = p.status === "PLACED" && placed && respondedAt
          ? new Date(respondedAt.getTime() + (placed.getTime() - respondedAt.getTime()) / 2)
          : cap(addDays(respondedAt ?? sharedAt, random.int(3, 10)));
        data.interviewOutcomeAt = outcomeAt;
        step(p.status === "INTERVIEW_NEGATIVE" ? "INTERVIEW_NEGATIVE" : "INTERVIEW_POSITIVE", employer, outcomeAt);
        if (p.status === "PLACED") step("PLACED", proposer, placed ?? cap(addDays(outcomeAt, 2)));
      }
      if (withdrawnFrom) {
        if (withdrawnFrom === "INVITED") step("INVITED", employer, respondedAt ?? sharedAt);
        step("WITHDRAWN", proposer, cap(addDays(history[history.length - 1]!.at, random.int(1, 6))));
        data.withdrawnReason = random.pick(WITHDRAWN_REASONS);
      }
    }
    const last = history[history.length - 1]!;
    data.updatedAt = cap(last.at);
    timelines.push(data);
    for (const change of history) changes.push({ id: random.id(), proposalId: p.id, ...change, at: cap(change.at) });
  }

  await writeTimelines(ctx, timelines, grants);
  changes.push(...(await addDemoResidentRequest(ctx)));
  await db.proposalStatusChange.createMany({ data: changes });
  return { statusChanges: changes.length };
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** One statement per table instead of one per row: keeps the demo seed fast. */
async function writeTimelines(ctx: DemoContext, rows: ProposalTimeline[], grants: ConsentTimeline[]): Promise<void> {
  const utc = (column: string) => Prisma.raw(`(v.${column}::timestamptz AT TIME ZONE 'UTC')`);
  await ctx.db.$executeRaw`
    UPDATE "Proposal" AS p SET
      "sharedAt" = ${utc("shared_at")}, "responseDueBy" = ${utc("response_due_by")}, "respondedAt" = ${utc("responded_at")},
      "interviewOutcomeAt" = ${utc("interview_outcome_at")}, "reminderSentAt" = ${utc("reminder_sent_at")},
      "declineReason" = v.decline_reason::"DeclineReason", "declineText" = v.decline_text, "withdrawnReason" = v.withdrawn_reason,
      "createdAt" = ${utc("created_at")}, "updatedAt" = ${utc("updated_at")}
    FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => iso(r.createdAt))}::text[], ${rows.map((r) => iso(r.sharedAt))}::text[], ${rows.map((r) => iso(r.responseDueBy))}::text[],
      ${rows.map((r) => iso(r.respondedAt))}::text[], ${rows.map((r) => iso(r.interviewOutcomeAt))}::text[], ${rows.map((r) => iso(r.reminderSentAt))}::text[],
      ${rows.map((r) => r.declineReason)}::text[], ${rows.map((r) => r.declineText)}::text[], ${rows.map((r) => r.withdrawnReason)}::text[],
      ${rows.map((r) => iso(r.updatedAt))}::text[]
    ) AS v(id, created_at, shared_at, response_due_by, responded_at, interview_outcome_at, reminder_sent_at, decline_reason, decline_text, withdrawn_reason, updated_at)
    WHERE p.id = v.id`;
  await ctx.db.$executeRaw`
    UPDATE "Consent" AS c SET "grantedAt" = ${utc("granted_at")}, "createdAt" = ${utc("created_at")}
    FROM unnest(${grants.map((g) => g.id)}::text[], ${grants.map((g) => iso(g.grantedAt))}::text[], ${grants.map((g) => iso(g.createdAt))}::text[])
      AS v(id, granted_at, created_at)
    WHERE c.id = v.id`;
}

/** A fresh proposal for Nadia Boukhari that waits for her consent (J3): she sees it at the top of her consents. */
async function addDemoResidentRequest(ctx: DemoContext): Promise<Prisma.ProposalStatusChangeCreateManyInput[]> {
  const { db, random, clock } = ctx;
  const resident = ctx.candidates.find((c) => c.demo);
  if (!resident) throw new Error("demo candidate missing");
  const mediator = user(ctx, "demo-bm");
  const taken = new Set(ctx.proposals.filter((p) => p.candidateId === resident.id).map((p) => p.vacancyId));
  const vacancy = ctx.vacancies.find(
    (v) => !v.demo && !taken.has(v.id) && (v.status === "CANDIDATES_PROPOSED" || v.status === "IN_PROGRESS") && ["ZOR", "DIE"].includes(v.occupationClassCode),
  );
  if (!vacancy) throw new Error("no open vacancy for the demo resident's consent request");
  const id = random.id();
  const createdAt = addHours(clock.daysAgo(1), 10);
  await db.proposal.create({
    data: {
      id, vacancyId: vacancy.id, candidateId: resident.id, proposedById: mediator.id, status: "AWAITING_CONSENT", createdAt, updatedAt: createdAt,
      motivation:
        `Nadia heeft ervaring met huishoudelijke ondersteuning en gastvrijheid en is werkfit. De functie ${vacancy.title.toLowerCase()} ` +
        `past bij haar wens om 24 tot 32 uur per week in de zorg of dienstverlening te werken.`,
    },
  });
  await db.consent.create({
    data: { id: random.id(), candidateId: resident.id, purpose: "SHARE_WITH_EMPLOYER", organisationId: vacancy.organisationId, proposalId: id, createdAt },
  });
  ctx.proposals.push({ id, vacancyId: vacancy.id, candidateId: resident.id, status: "AWAITING_CONSENT", createdAt });
  if (resident.userId) {
    await db.notification.create({
      data: {
        userId: resident.userId, kind: "proposal.consentRequested", title: "Uw bemiddelaar wil u voordragen voor een vacature",
        body: `Femke Jansen wil u voordragen voor de vacature ${vacancy.title}. Geef aan of de werkgever uw gegevens mag zien.`,
        link: "/werkzoekende/toestemmingen", createdAt,
      },
    });
  }
  return [{ id: random.id(), proposalId: id, fromStatus: null, toStatus: "AWAITING_CONSENT", byUserId: mediator.id, at: createdAt }];
}
