import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { requestDeletionSchema, type RequestDeletionInput } from "./schemas";

export type RequestDeletionResult = {
  /** false when an open request already existed (nothing new stored, nobody notified again). */
  created: boolean;
  requestedAt: Date;
  message: string;
};

export const NO_CANDIDATE_DELETION_MESSAGE =
  "U bent nog niet aangemeld bij het Werkcentrum. Wij bewaren dus geen dossier van u dat we kunnen verwijderen.";

export const alreadyRequestedMessage = (requestedAt: Date) => `U heeft al een verzoek ingediend op ${formatShortDate(requestedAt)}.`;

/**
 * A resident asks to have their data deleted (J6, AVG art. 17). Stores one open request per
 * candidate: a second request while one is open returns the first. Concurrent requests are
 * serialised by locking the candidate row, so two clicks at once still make one request.
 * Every active ADMIN gets a notification without personal data.
 */
export async function requestDeletion({ actor, input }: { actor: Actor; input: RequestDeletionInput }): Promise<RequestDeletionResult> {
  assertCan(actor, "privacy.requestDeletion");
  const { reason } = requestDeletionSchema.parse(input);
  const { result, afterCommit } = await prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({ where: { userId: actor.userId, anonymisedAt: null }, select: { id: true } });
    if (!candidate) throw new AppError("NOT_FOUND", { userMessage: NO_CANDIDATE_DELETION_MESSAGE });
    await tx.$queryRaw`SELECT id FROM "Candidate" WHERE id = ${candidate.id} FOR UPDATE`;

    const open = await tx.deletionRequest.findFirst({
      where: { candidateId: candidate.id, status: "REQUESTED" },
      orderBy: { requestedAt: "asc" },
      select: { requestedAt: true },
    });
    if (open) return { result: { created: false, requestedAt: open.requestedAt, message: alreadyRequestedMessage(open.requestedAt) }, afterCommit: null };

    const request = await tx.deletionRequest.create({ data: { candidateId: candidate.id, reason: reason ?? null }, select: { requestedAt: true } });
    const admins = await tx.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true } });
    const deliver = await notify(
      tx,
      admins.map((admin) => ({
        userId: admin.id,
        kind: "privacy.deletionRequested" as const,
        title: "Nieuw verzoek om gegevens te verwijderen",
        body: "Een inwoner vraagt om verwijdering van zijn of haar gegevens.",
        link: "/beheer/privacy",
      })),
    );
    const message = `Uw verzoek is ontvangen op ${formatShortDate(request.requestedAt)}. Wij behandelen het binnen een maand.`;
    return { result: { created: true, requestedAt: request.requestedAt, message }, afterCommit: deliver };
  });
  if (afterCommit) await afterCommit();
  return result;
}
