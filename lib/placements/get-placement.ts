import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { placementWhereFor } from "@/lib/auth/ownership-where";
import { showsName } from "@/lib/auth/field-scope";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consentSelect } from "./find-placements";
import { PLACEMENT_VIEW_SELECT, placementFieldScope, toPlacementView, type PlacementView } from "./placement-view";

export type PlacementSignalView = { id: string; text: string; createdAt: Date; raisedBy: string; handledAt: Date | null; handledNote: string | null };
export type PlacementDetail = PlacementView & { signals: PlacementSignalView[] };

/**
 * One placement for its detail page (professional, employer, resident). Signals are for the
 * professionals only. A read with the candidate's name by a bemiddelaar or a consented employer is
 * audited in the same transaction.
 */
export async function getPlacement({ actor, placementId, now }: { actor: Actor; placementId: string; now: Date }): Promise<PlacementDetail> {
  assertCan(actor, "placement.read");
  return prisma.$transaction(async (tx) => {
    const row = await tx.placement.findFirst({
      where: { AND: [{ id: placementId }, placementWhereFor(actor, "placement.read")] },
      select: {
        ...PLACEMENT_VIEW_SELECT,
        candidate: { select: { ...PLACEMENT_VIEW_SELECT.candidate.select, consents: consentSelect(actor) } },
        signals: { orderBy: { createdAt: "desc" }, select: { id: true, text: true, createdAt: true, handledAt: true, handledNote: true, raisedBy: { select: { name: true } } } },
      },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const scope = placementFieldScope(actor, row, row.candidate.consents.length > 0);
    if (showsName(scope)) {
      await recordCandidateAccess(tx, actor, [{ candidateId: row.candidateId, action: "placement.read", purpose: "Plaatsing bekijken", entity: "Placement", entityId: row.id }]);
    }
    // Signals are for who raises them (the bemiddelaar) and who handles them (the accountmanager).
    const seesSignals = can(actor, "placement.signal") || can(actor, "placementSignal.handle");
    const { signals, ...rest } = row;
    return {
      ...toPlacementView(rest, now, scope),
      signals: seesSignals ? signals.map(({ raisedBy, ...signal }) => ({ ...signal, raisedBy: raisedBy.name })) : [],
    };
  });
}
