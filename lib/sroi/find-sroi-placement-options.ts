import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { formatDutchDate } from "@/lib/time/format-dutch-date";

export type SroiPlacementOption = { value: string; label: string };

/**
 * The employer's own placements to link a delivery to a candidate, labelled by vacancy and start
 * date only: the employer chooses "the person we hired for X", never a name from a list of people.
 */
export async function findSroiPlacementOptions(actor: Actor): Promise<SroiPlacementOption[]> {
  assertCan(actor, "sroi.report");
  if (!actor.organisationId) return [];
  const placements = await prisma.placement.findMany({
    where: { organisationId: actor.organisationId },
    select: { id: true, startDate: true, vacancy: { select: { title: true } } },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    take: 200,
  });
  return placements.map((p) => ({ value: p.id, label: `${p.vacancy?.title ?? "Plaatsing zonder vacature"}, gestart ${formatDutchDate(p.startDate)}` }));
}
