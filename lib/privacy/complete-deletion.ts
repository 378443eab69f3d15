import "server-only";
import type { DeletionRequestStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { currentTime } from "@/lib/time/current-time";
import { eraseCandidateData } from "./erase-candidate-data";
import { lockDeletionRequest } from "./lock-deletion-request";
import { completeDeletionSchema } from "./schemas";

export type HandleDeletionResult = { requestId: string; status: DeletionRequestStatus; alreadyHandled: boolean };

/**
 * ADMIN carries out a deletion request (J6, AVG art. 17): in ONE transaction every table holding the
 * person's data is erased or anonymised (eraseCandidateData), the request becomes COMPLETED and an
 * audit entry records it. A second click, or a request handled meanwhile, changes nothing. The
 * resident is not notified: the account no longer exists.
 */
export async function completeDeletion({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<HandleDeletionResult> {
  assertCan(actor, "privacy.handleDeletion");
  const parsed = completeDeletionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { userMessage: parsed.error.issues[0]?.message });
  const at = now ?? (await currentTime());

  const result = await prisma.$transaction(
    async (tx) => {
      const request = await lockDeletionRequest(tx, parsed.data.requestId);
      if (request.status !== "REQUESTED") return { requestId: request.id, status: request.status, alreadyHandled: true };
      await eraseCandidateData(tx, { candidateId: request.candidateId, now: at });
      await tx.deletionRequest.update({ where: { id: request.id }, data: { status: "COMPLETED", handledById: actor.userId, handledAt: at } });
      await recordCandidateAccess(tx, actor, [
        {
          candidateId: request.candidateId,
          action: "deletion.complete",
          purpose: "Verzoek om verwijdering uitgevoerd: gegevens verwijderd of geanonimiseerd",
          entity: "DeletionRequest",
          entityId: request.id,
        },
      ]);
      return { requestId: request.id, status: "COMPLETED" as const, alreadyHandled: false };
    },
    { timeout: 60_000 },
  );
  if (!result.alreadyHandled) logger.info({ requestId: result.requestId }, "deletion request completed");
  return result;
}
