import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { placementWhereFor } from "@/lib/auth/ownership-where";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { PLACEMENT_VIEW_SELECT, placementFieldScope, toPlacementView, type PlacementView } from "./placement-view";

/** J4: the resident's own placements (own data: no audit entry). */
export async function findMyPlacements(actor: Actor, now: Date): Promise<PlacementView[]> {
  if (actor.role !== "JOBSEEKER" || !can(actor, "placement.read")) return [];
  const rows = await prisma.placement.findMany({ where: placementWhereFor(actor, "placement.read"), orderBy: { startDate: "desc" }, take: 5, select: PLACEMENT_VIEW_SELECT });
  return rows.map((row) => toPlacementView(row, now, placementFieldScope(actor, row)));
}
