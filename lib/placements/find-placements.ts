import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { showsName } from "@/lib/auth/field-scope";
import { placementWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { activeEmployerConsentWhere } from "./recipients";
import { PLACEMENT_VIEW_SELECT, placementFieldScope, toPlacementView, type PlacementView } from "./placement-view";

const LIMIT = 200;

/**
 * The placements list of /professional/plaatsingen (own candidates / own employers) and
 * /werkgever/plaatsingen (own organisation). Names shown to a bemiddelaar or to a consented employer
 * are audited (placement.read) in the same transaction as the read.
 */
export async function findPlacements(actor: Actor, now: Date): Promise<PlacementView[]> {
  assertCan(actor, "placement.read");
  return prisma.$transaction(async (tx) => {
    const rows = await tx.placement.findMany({
      where: placementWhereFor(actor, "placement.read"),
      orderBy: { startDate: "desc" },
      take: LIMIT,
      select: { ...PLACEMENT_VIEW_SELECT, candidate: { select: { ...PLACEMENT_VIEW_SELECT.candidate.select, consents: consentSelect(actor) } } },
    });
    const scopes = rows.map((row) => placementFieldScope(actor, row, row.candidate.consents.length > 0));
    const views = rows.map((row, i) => toPlacementView(row, now, scopes[i]!));
    const named = rows.filter((_, i) => showsName(scopes[i]!));
    await recordCandidateAccess(
      tx,
      actor,
      named.map((row) => ({ candidateId: row.candidateId, action: "placement.read" as const, purpose: "Plaatsingen bekijken", entity: "Placement", entityId: row.id })),
    );
    return views;
  });
}

export function consentSelect(actor: Actor) {
  return { where: actor.organisationId ? activeEmployerConsentWhere(actor.organisationId) : { id: { in: [] as string[] } }, select: { id: true }, take: 1 };
}
