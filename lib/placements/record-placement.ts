import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { notify } from "@/lib/notifications/notify";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { scheduledChecks } from "@/lib/aftercare/schedule";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { addDaysIso, isoToDbDate, todayIso } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { isOpenStatus } from "@/lib/vacancies/status-transitions";
import { changeVacancyStatus } from "@/lib/vacancies/vacancy-in-scope";
import { PLACEMENT_CONTRACT_LABELS } from "./labels";
import { PLACEABLE_STATUSES } from "./placeable-statuses";
import { employerUserIds, hasActiveEmployerConsent } from "./recipients";
import { eurosToCents, recordPlacementSchema, type RecordPlacement } from "./schemas";

type Tx = Prisma.TransactionClient;

/** A start date may be recorded afterwards (up to a year back) or planned up to a year ahead. */
const START_RANGE_DAYS = 366;
const ALREADY_PLACED = "Deze voordracht is al geplaatst.";

export type RecordPlacementResult = { id: string; created: boolean };

/**
 * B5: the owner bemiddelaar turns a proposal (uitgenodigd / gesprek positief) into a placement with
 * its instruments, in one transaction: the placement, the instrument applications, proposal →
 * PLACED, vacancy → vervuld, candidate → PLACED, the aftercare check-ins (employee 1/3/6, employer
 * 1/6 months), the audit entry and the notifications. The guarded proposal update decides a race:
 * the second placement of the same proposal gets the first one's result and writes nothing.
 */
export async function recordPlacement({ actor, input, now: given }: { actor: Actor; input: unknown; now?: Date }): Promise<RecordPlacementResult> {
  assertCan(actor, "placement.record");
  const parsed = recordPlacementSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const data = parsed.data;
  if (data.instruments.length > 0) assertCan(actor, "instrument.record");
  const now = given ?? (await currentTime());

  const today = todayIso(now);
  if (data.startDate < addDaysIso(today, -START_RANGE_DAYS) || data.startDate > addDaysIso(today, START_RANGE_DAYS)) {
    throw new FieldInputError("startDate", "Kies een startdatum binnen een jaar voor of na vandaag.");
  }

  try {
    const { id, after } = await prisma.$transaction((tx) => writePlacement(tx, actor, data, now));
    await after();
    logger.info({ placementId: id }, "placement recorded");
    return { id, created: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT" && error.userMessage === ALREADY_PLACED) {
      const existing = await prisma.placement.findFirst({ where: { proposalId: data.proposalId, candidate: { ownerId: actor.userId } }, select: { id: true } });
      if (existing) return { id: existing.id, created: false };
    }
    throw error;
  }
}

async function writePlacement(tx: Tx, actor: Actor, data: RecordPlacement, now: Date) {
  const proposal = await tx.proposal.findFirst({
    where: { AND: [{ id: data.proposalId }, proposalWhereFor(actor, "placement.record")] },
    select: {
      id: true,
      status: true,
      candidate: { select: { id: true, userId: true, firstName: true, lastName: true } },
      vacancy: { select: { id: true, title: true, status: true, organisationId: true, organisation: { select: { ownerId: true, legalName: true, tradeName: true } } } },
    },
  });
  if (!proposal) throw new AppError("NOT_FOUND");
  if (proposal.status === "PLACED") throw new AppError("CONFLICT", { userMessage: ALREADY_PLACED });
  if (!(PLACEABLE_STATUSES as readonly string[]).includes(proposal.status)) {
    throw new AppError("CONFLICT", { userMessage: "Alleen een voordracht waarvoor de kandidaat is uitgenodigd kan een plaatsing worden." });
  }

  const claimed = await tx.proposal.updateMany({
    where: { id: proposal.id, status: { in: [...PLACEABLE_STATUSES] } },
    data: { status: "PLACED" },
  });
  if (claimed.count !== 1) throw new AppError("CONFLICT", { userMessage: ALREADY_PLACED });
  await tx.proposalStatusChange.create({ data: { proposalId: proposal.id, fromStatus: proposal.status, toStatus: "PLACED", byUserId: actor.userId, at: now } });

  const startDate = isoToDbDate(data.startDate);
  const placement = await tx.placement.create({
    data: {
      proposalId: proposal.id,
      candidateId: proposal.candidate.id,
      vacancyId: proposal.vacancy.id,
      organisationId: proposal.vacancy.organisationId,
      recordedById: actor.userId,
      startDate,
      contractType: data.contractType,
      hoursPerWeek: data.hoursPerWeek,
      trialEndDate: data.contractType === "TRIAL_PLACEMENT" ? isoToDbDate(data.trialEndDate) : null,
    },
    select: { id: true },
  });

  for (const [index, row] of data.instruments.entries()) {
    const instrument = await tx.instrument.findUnique({ where: { code: row.instrumentCode }, select: { code: true, needs: true } });
    if (!instrument) throw new FieldInputError(`instruments.${index}.instrumentCode`, "Kies een instrument uit de lijst.");
    if (instrument.needs.includes("LOONWAARDEMETING") && row.wageValuePct === null) {
      throw new FieldInputError(`instruments.${index}.wageValuePct`, "Vul de loonwaarde in procenten in: dit instrument vraagt een loonwaardemeting.");
    }
    await tx.instrumentApplication.create({
      data: {
        placementId: placement.id,
        instrumentCode: instrument.code,
        status: row.status,
        amountCents: eurosToCents(row.amount),
        startDate: row.startDate ? isoToDbDate(row.startDate) : null,
        endDate: row.endDate ? isoToDbDate(row.endDate) : null,
        wageValuePct: instrument.needs.includes("LOONWAARDEMETING") ? row.wageValuePct : null,
        recordedById: actor.userId,
      },
    });
  }

  if (isOpenStatus(proposal.vacancy.status)) {
    await changeVacancyStatus(tx, { vacancyId: proposal.vacancy.id, from: proposal.vacancy.status, to: "FILLED", byUserId: actor.userId, note: "Kandidaat geplaatst" });
  }
  await tx.candidate.update({ where: { id: proposal.candidate.id }, data: { status: "PLACED" } });
  await tx.aftercareCheck.createMany({ data: scheduledChecks(startDate).map((check) => ({ ...check, placementId: placement.id })) });
  await recordCandidateAccess(tx, actor, [
    { candidateId: proposal.candidate.id, action: "placement.record", purpose: "Plaatsing bij een werkgever vastleggen", entity: "Placement", entityId: placement.id },
  ]);

  const employerName = proposal.vacancy.organisation.tradeName ?? proposal.vacancy.organisation.legalName;
  const consented = await hasActiveEmployerConsent(tx, proposal.candidate.id, proposal.vacancy.organisationId);
  const candidateName = consented ? `${proposal.candidate.firstName} ${proposal.candidate.lastName}` : "Een kandidaat";
  const when = formatShortDate(startDate);
  const contract = PLACEMENT_CONTRACT_LABELS[data.contractType].toLowerCase();
  const messages: NotificationMessage[] = [
    ...(await employerUserIds(tx, proposal.vacancy.organisationId)).map((userId) => ({
      userId,
      kind: "placement.recorded" as const,
      title: `Plaatsing vastgelegd: ${proposal.vacancy.title}`,
      body: `${candidateName} start op ${when} (${contract}, ${data.hoursPerWeek} uur per week).`,
      link: `/werkgever/plaatsingen/${placement.id}`,
    })),
    {
      userId: proposal.vacancy.organisation.ownerId,
      kind: "placement.recorded",
      title: `Plaatsing vastgelegd: ${proposal.vacancy.title}`,
      body: `Een kandidaat start op ${when} bij ${employerName} (${contract}).`,
      link: `/professional/plaatsingen/${placement.id}`,
    },
  ];
  if (proposal.candidate.userId) {
    messages.push({
      userId: proposal.candidate.userId,
      kind: "placement.recorded",
      title: `U gaat aan het werk bij ${employerName}`,
      body: `U begint op ${when}. Uw bemiddelaar blijft de eerste zes maanden contact met u houden.`,
      link: "/werkzoekende",
    });
  }
  const after = await notify(tx, messages);
  return { id: placement.id, after };
}
