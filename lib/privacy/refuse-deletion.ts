import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { currentTime } from "@/lib/time/current-time";
import type { HandleDeletionResult } from "./complete-deletion";
import { lockDeletionRequest } from "./lock-deletion-request";
import { refuseDeletionSchema } from "./schemas";

/**
 * ADMIN refuses a deletion request with a reason (e.g. a retention duty). The reason is kept with the
 * request (`refusalReason`; `reason` is the resident's), sent to the resident in a notification and
 * written into the audit entry's purpose. A request handled meanwhile is left as it is.
 */
export async function refuseDeletion({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<HandleDeletionResult> {
  assertCan(actor, "privacy.handleDeletion");
  const parsed = refuseDeletionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { userMessage: parsed.error.issues[0]?.message });
  const { requestId, reason } = parsed.data;
  const at = now ?? (await currentTime());

  const { result, afterCommit } = await prisma.$transaction(async (tx) => {
    const request = await lockDeletionRequest(tx, requestId);
    if (request.status !== "REQUESTED") return { result: { requestId: request.id, status: request.status, alreadyHandled: true }, afterCommit: null };
    await tx.deletionRequest.update({ where: { id: request.id }, data: { status: "REFUSED", refusalReason: reason, handledById: actor.userId, handledAt: at } });
    await recordCandidateAccess(tx, actor, [
      { candidateId: request.candidateId, action: "deletion.refuse", purpose: `Verzoek om verwijdering geweigerd. Reden: ${reason}`, entity: "DeletionRequest", entityId: request.id },
    ]);
    const userId = request.candidate.userId;
    const deliver = userId
      ? await notify(tx, [
          {
            userId,
            kind: "privacy.deletionRefused",
            title: "Wij hebben uw gegevens niet verwijderd",
            body: `Wij hebben uw verzoek om uw gegevens te verwijderen niet uitgevoerd. De reden: ${reason}`,
            link: "/werkzoekende/privacy",
          },
        ])
      : null;
    return { result: { requestId: request.id, status: "REFUSED" as const, alreadyHandled: false }, afterCommit: deliver };
  });
  if (afterCommit) await afterCommit();
  return result;
}
