import "server-only";
import type { HandoverStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { notify } from "@/lib/notifications/notify";
import { isUniqueViolation } from "@/lib/db-errors";
import { currentTime } from "@/lib/time/current-time";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { deadlineProblem, endOfAmsterdamDay } from "./deadline";
import { activeHandoverConsentWhere } from "./handover-consent-where";
import { requestedMessages } from "./requested-messages";
import { ALREADY_OPEN_MESSAGE, createHandoverSchema, NO_RESIDENT_ACCOUNT_MESSAGE, OWN_PARTNER_MESSAGE } from "./schemas";

export const CONSENTS_PATH = "/werkzoekende/toestemmingen";

export type CreatedHandover = { id: string; status: HandoverStatus; deadline: Date };

/**
 * The owner bemiddelaar asks a partner to take a candidate over (B7). The handover and the consent
 * request to the resident are one transaction (AWAITING_CONSENT). When the resident already has an
 * active consent to share with that partner, the handover goes straight to the partner (PENDING):
 * a new consent row is written for this handover, carrying the resident's original grant moment, so
 * every handover has its own consent row (revoking one revokes every active row for that partner).
 * The sender stays owner until the partner accepts. A second open handover for the candidate (double
 * click, two tabs) hits the partial unique index and gets a Dutch CONFLICT.
 */
export async function createHandover({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<CreatedHandover> {
  assertCan(actor, "handover.create");
  const parsed = createHandoverSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { candidateId, partnerCode, toTeam, reason, deadline: deadlineIso } = parsed.data;
  const at = now ?? (await currentTime());
  const problem = deadlineProblem(deadlineIso, at);
  if (problem) throw new FieldInputError("deadline", problem);
  const deadline = endOfAmsterdamDay(deadlineIso);

  let after = async () => {};
  const result = await prisma
    .$transaction(async (tx) => {
      const candidate = await tx.candidate.findFirst({
        where: { AND: [{ id: candidateId, anonymisedAt: null }, candidateWhereFor(actor, "handover.create")] },
        select: { id: true, userId: true, firstName: true, lastName: true },
      });
      if (!candidate) throw new AppError("NOT_FOUND");
      if (!candidate.userId) throw new AppError("INVALID_INPUT", { userMessage: NO_RESIDENT_ACCOUNT_MESSAGE });
      const partner = await tx.partnerOrganisation.findFirst({ where: { code: partnerCode, active: true }, select: { id: true, name: true } });
      if (!partner) throw new FieldInputError("partnerCode", "Deze partner is niet gevonden. Kies een andere partner.");
      if (partner.id === actor.partnerOrganisationId) throw new FieldInputError("partnerCode", OWN_PARTNER_MESSAGE);
      const open = await tx.handover.count({ where: { candidateId: candidate.id, status: { in: ["AWAITING_CONSENT", "PENDING"] } } });
      if (open > 0) throw new AppError("CONFLICT", { userMessage: ALREADY_OPEN_MESSAGE });

      const standing = await tx.consent.findFirst({
        where: { candidateId: candidate.id, ...activeHandoverConsentWhere, partnerOrganisationCode: partnerCode },
        orderBy: { grantedAt: "desc" },
        select: { grantedAt: true },
      });
      const status: HandoverStatus = standing ? "PENDING" : "AWAITING_CONSENT";
      const handover = await tx.handover.create({
        data: {
          candidateId: candidate.id,
          fromUserId: actor.userId,
          toPartnerOrganisationId: partner.id,
          toTeam: toTeam || null,
          reason,
          deadline,
          status,
          createdAt: at,
        },
        select: { id: true, status: true, deadline: true },
      });
      await tx.consent.create({
        data: {
          candidateId: candidate.id,
          purpose: "SHARE_WITH_PARTNER_ON_HANDOVER",
          partnerOrganisationCode: partnerCode,
          handoverId: handover.id,
          grantedAt: standing?.grantedAt ?? null,
          createdAt: at,
        },
      });
      await recordCandidateAccess(tx, actor, [
        { candidateId: candidate.id, action: "handover.create", purpose: `Warme overdracht naar ${partner.name} aanvragen`, entity: "Handover", entityId: handover.id },
      ]);

      const teamText = toTeam ? ` (${toTeam})` : "";
      const messages: NotificationMessage[] = [];
      if (status === "AWAITING_CONSENT") {
        messages.push({
          userId: candidate.userId,
          kind: "handover.consentRequested",
          title: `Mag ${partner.name} u verder helpen?`,
          body: `${actor.name} wil u overdragen aan ${partner.name}${teamText}. Geef in het portaal aan of u dat goed vindt. Reden: ${reason}`,
          link: CONSENTS_PATH,
        });
      } else {
        messages.push({
          userId: candidate.userId,
          kind: "handover.requested",
          title: `Uw bemiddelaar draagt u over aan ${partner.name}`,
          body: `${actor.name} heeft ${partner.name}${teamText} gevraagd u verder te helpen. U heeft daar eerder toestemming voor gegeven.`,
          link: "/werkzoekende",
        });
        messages.push(...(await requestedMessages(tx, partner.id, deadline)));
      }
      after = await notify(tx, messages);
      return handover;
    })
    .catch((error: unknown) => {
      after = async () => {};
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", { userMessage: ALREADY_OPEN_MESSAGE, cause: error });
      throw error;
    });
  await after();
  return result;
}
