import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { currentTime } from "@/lib/time/current-time";
import { REOPENABLE_PROPOSAL_STATUSES } from "./labels";
import { createProposalSchema } from "./schemas";
import { vacancyAvailableWhere } from "./vacancy-available-where";

export const NO_RESIDENT_ACCOUNT_MESSAGE =
  "Deze kandidaat heeft geen account in het portaal en kan dus geen toestemming geven. Vraag de kandidaat eerst een account aan te maken.";

export type CreateProposalResult = { id: string; created: boolean };

/**
 * The owner bemiddelaar proposes a candidate for an available vacancy (B4). The proposal waits for
 * the resident's consent (a pending SHARE_WITH_EMPLOYER row); the employer sees nothing until then.
 * The employer's accountmanager is informed, anonymised. One row per (vacancy, candidate): a second
 * click returns the existing proposal; after "geen toestemming" or "ingetrokken" the same row is
 * reopened with a new consent request.
 */
export async function createProposal({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<CreateProposalResult> {
  assertCan(actor, "proposal.create");
  const parsed = createProposalSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { candidateId, vacancyId, motivation } = parsed.data;
  const at = now ?? (await currentTime());

  try {
    const { result, after } = await prisma.$transaction(async (tx) => {
      const candidate = await tx.candidate.findFirst({
        where: { AND: [{ id: candidateId, anonymisedAt: null }, candidateWhereFor(actor, "proposal.create")] },
        select: { id: true, userId: true },
      });
      const vacancy = await tx.vacancy.findFirst({
        where: { AND: [{ id: vacancyId }, vacancyAvailableWhere(actor.userId)] },
        select: { id: true, title: true, organisationId: true, organisation: { select: { ownerId: true } } },
      });
      if (!candidate || !vacancy) throw new AppError("NOT_FOUND");
      if (!candidate.userId) throw new AppError("CONFLICT", { userMessage: NO_RESIDENT_ACCOUNT_MESSAGE });

      const existing = await tx.proposal.findUnique({ where: { vacancyId_candidateId: { vacancyId, candidateId } }, select: { id: true, status: true } });
      let proposalId: string;
      if (existing) {
        if (!(REOPENABLE_PROPOSAL_STATUSES as readonly string[]).includes(existing.status)) return { result: { id: existing.id, created: false }, after: null };
        const reopened = await tx.proposal.updateMany({
          where: { id: existing.id, status: existing.status },
          data: {
            status: "AWAITING_CONSENT",
            motivation,
            proposedById: actor.userId,
            declineReason: null,
            declineText: null,
            interviewNote: null,
            sharedAt: null,
            responseDueBy: null,
            respondedAt: null,
            interviewOutcomeAt: null,
            reminderSentAt: null,
            withdrawnReason: null,
          },
        });
        if (reopened.count === 0) return { result: { id: existing.id, created: false }, after: null };
        await tx.proposalStatusChange.create({ data: { proposalId: existing.id, fromStatus: existing.status, toStatus: "AWAITING_CONSENT", byUserId: actor.userId, at } });
        proposalId = existing.id;
      } else {
        const created = await tx.proposal.create({
          data: { vacancyId, candidateId, proposedById: actor.userId, motivation, status: "AWAITING_CONSENT", createdAt: at },
          select: { id: true },
        });
        await tx.proposalStatusChange.create({ data: { proposalId: created.id, fromStatus: null, toStatus: "AWAITING_CONSENT", byUserId: actor.userId, at } });
        proposalId = created.id;
      }

      await tx.consent.create({
        data: { candidateId, purpose: "SHARE_WITH_EMPLOYER", organisationId: vacancy.organisationId, proposalId, createdAt: at },
      });
      await recordCandidateAccess(tx, actor, [
        { candidateId, action: "proposal.create", purpose: "Voordragen voor een vacature", entity: "Proposal", entityId: proposalId },
      ]);
      const sendAfter = await notify(tx, [
        {
          userId: candidate.userId,
          kind: "proposal.consentRequested",
          title: "Uw bemiddelaar vraagt uw toestemming",
          body: `Uw bemiddelaar wil u voorstellen voor de vacature "${vacancy.title}". Geeft u toestemming om uw gegevens met deze werkgever te delen?`,
          link: "/werkzoekende/toestemmingen",
        },
        {
          userId: vacancy.organisation.ownerId,
          kind: "proposal.created",
          title: `Nieuwe voordracht voor ${vacancy.title}`,
          body: `${actor.name} draagt een kandidaat voor bij "${vacancy.title}". De werkgever ziet de voordracht zodra de kandidaat toestemming geeft.`,
          link: `/professional/voordrachten/${proposalId}`,
        },
      ]);
      return { result: { id: proposalId, created: true }, after: sendAfter };
    });
    if (after) await after();
    return result;
  } catch (error) {
    // Two clicks at once: the loser hits the unique (vacancy, candidate) pair; answer with the winner's row.
    if (isUniqueViolation(error)) {
      const winner = await prisma.proposal.findUnique({ where: { vacancyId_candidateId: { vacancyId, candidateId } }, select: { id: true } });
      if (winner) return { id: winner.id, created: false };
    }
    throw error;
  }
}
