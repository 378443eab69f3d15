/**
 * Issue 5 on top of the placements seedMatching made: candidate status, end reasons, trial
 * assessments, aftercare notifications and follow-ups, and knelpunten. Also makes sure the demo
 * accounts have check-ins waiting: an overdue employee check-in for the demo bemiddelaar and a due
 * employer check-in for the demo employer.
 */
import type { PlacementEndReason } from "../../../generated/prisma/enums";
import { addDays, amsterdamTime } from "../dates";
import { DEMO_ORGANISATION_KEY } from "./catalog";
import { user, type DemoContext } from "./context";

function endReasonCode(text: string | null, trialOutcome: string | null): PlacementEndReason {
  if (trialOutcome) return "TRIAL_NOT_CONTINUED";
  if (!text) return "OTHER";
  if (/proeftijd|werkgever/i.test(text)) return "DISMISSED";
  if (/gestopt|elders|gevonden/i.test(text)) return "RESIGNED";
  return "OTHER";
}

export async function completePlacements(ctx: DemoContext): Promise<{ signals: number }> {
  const { db, random, clock } = ctx;
  const today = clock.today;
  const demoMediator = user(ctx, "demo-bm");
  const demoAccountManager = user(ctx, "demo-am");
  const demoOrg = ctx.organisations.find((org) => org.key === DEMO_ORGANISATION_KEY);
  if (!demoOrg) throw new Error("demo organisation missing");

  // Flat queries: nested reads make Prisma run queries concurrently on the transaction's connection.
  const checks = await db.aftercareCheck.findMany({ orderBy: [{ dueDate: "asc" }, { side: "asc" }, { id: "asc" }] });
  const ownerByOrg = new Map(ctx.organisations.map((org) => [org.id, org.ownerId]));
  const placements = (await db.placement.findMany({ orderBy: [{ startDate: "asc" }, { id: "asc" }] })).map((p) => ({
    ...p,
    organisation: { ownerId: ownerByOrg.get(p.organisationId) ?? "" },
    aftercareChecks: checks.filter((c) => c.placementId === p.id),
  }));
  const running = placements.filter((p) => !p.endedOn || p.endedOn > today);

  // The candidate's status follows the placement (B5).
  await db.candidate.updateMany({ where: { id: { in: running.map((p) => p.candidateId) } }, data: { status: "PLACED" } });
  for (const p of placements) {
    if (p.endedOn && p.endedOn <= today) await db.placement.update({ where: { id: p.id }, data: { endReasonCode: endReasonCode(p.endReason, p.trialOutcome) } });
    if (p.trialOutcome && p.trialEndDate) await db.placement.update({ where: { id: p.id }, data: { trialAssessedAt: amsterdamTime(addDays(p.trialEndDate, 1), 10) } });
  }

  // Every check-in that became due was announced by the scheduler that morning.
  await db.$executeRaw`UPDATE "AftercareCheck" SET "notifiedAt" = "dueDate" + interval '6 hours' WHERE "dueDate" <= ${today}`;

  // The accountmanager followed up every low employer score except the latest one (A5).
  const low = placements
    .flatMap((p) => p.aftercareChecks.filter((c) => c.side === "EMPLOYER" && c.completedAt && (c.score ?? 5) <= 2).map((c) => ({ check: c, ownerId: p.organisation.ownerId })))
    .sort((a, b) => a.check.dueDate.getTime() - b.check.dueDate.getTime());
  for (const { check, ownerId } of low.slice(0, -1)) {
    await db.aftercareCheck.update({
      where: { id: check.id },
      data: {
        followedUpAt: addDays(check.completedAt!, 2), followedUpById: ownerId,
        followUpNote: "Gebeld met de werkgever: afspraken gemaakt over inwerken en een vast aanspreekpunt; jobcoach sluit aan bij het volgende gesprek.",
      },
    });
  }

  // Open check-ins the demo accounts see on their work lists.
  const reopen = async (checkId: string) =>
    db.aftercareCheck.update({ where: { id: checkId }, data: { completedAt: null, completedById: null, score: null, comment: null, raisesSignal: false } });
  const pastDue = (side: "EMPLOYEE" | "EMPLOYER", owner: (p: (typeof placements)[number]) => boolean) =>
    running.filter(owner).flatMap((p) => p.aftercareChecks.filter((c) => c.side === side && c.dueDate < today));
  const mediatorChecks = pastDue("EMPLOYEE", (p) => p.recordedById === demoMediator.id);
  if (!mediatorChecks.some((c) => !c.completedAt) && mediatorChecks.length > 0) await reopen(mediatorChecks[mediatorChecks.length - 1]!.id);
  const employerChecks = pastDue("EMPLOYER", (p) => p.organisationId === demoOrg.id);
  if (!employerChecks.some((c) => !c.completedAt) && employerChecks.length > 0) await reopen(employerChecks[employerChecks.length - 1]!.id);

  // Knelpunten (B6): one handled by the accountmanager, one open on a demo-accountmanager employer.
  const open = running.find((p) => p.organisation.ownerId === demoAccountManager.id && p.recordedById === demoMediator.id)
    ?? running.find((p) => p.organisation.ownerId === demoAccountManager.id)
    ?? running[running.length - 1];
  const handled = running.find((p) => p !== open && p.startDate < clock.daysAgo(60));
  const signals = [];
  if (handled) {
    const createdAt = amsterdamTime(addDays(handled.startDate, random.int(20, 40)), 11);
    signals.push({
      id: random.id(), placementId: handled.id, raisedById: handled.recordedById, createdAt,
      text: "Werknemer geeft aan dat de roosters vaak last-minute wijzigen; dat botst met de kinderopvang.",
      handledAt: addDays(createdAt, 2), handledById: handled.organisation.ownerId,
      handledNote: "Met de planner afgesproken dat het rooster twee weken vooruit vastligt.",
    });
  }
  if (open) {
    signals.push({
      id: random.id(), placementId: open.id, raisedById: open.recordedById, createdAt: amsterdamTime(clock.daysAgo(3), 14),
      text: "Werknemer voelt zich onvoldoende ingewerkt op de nieuwe afdeling en twijfelt of hij het contract afmaakt.",
      handledAt: null, handledById: null, handledNote: null,
    });
    await db.notification.create({
      data: {
        userId: open.organisation.ownerId, kind: "placement.signal", title: "Knelpunt bij een plaatsing",
        body: "Een bemiddelaar meldt een knelpunt bij een lopende plaatsing bij uw werkgever.", link: `/professional/plaatsingen/${open.id}`,
        createdAt: amsterdamTime(clock.daysAgo(3), 14),
      },
    });
  }
  await db.placementSignal.createMany({ data: signals });
  return { signals: signals.length };
}
