import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { placementWhereFor } from "@/lib/auth/ownership-where";
import type { PermissionAction } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

const SELECT = {
  id: true,
  candidateId: true,
  organisationId: true,
  contractType: true,
  startDate: true,
  trialEndDate: true,
  trialAssessedAt: true,
  endedOn: true,
  candidate: { select: { ownerId: true, owner: { select: { name: true } } } },
  vacancy: { select: { title: true } },
  organisation: { select: { ownerId: true, legalName: true, tradeName: true } },
} satisfies Prisma.PlacementSelect;

export type ScopedPlacement = Prisma.PlacementGetPayload<{ select: typeof SELECT }>;

/** The placement when the actor may do `action` on it; otherwise NOT_FOUND (existence not revealed). */
export async function findPlacementInScopeOrThrow(tx: Tx, actor: Actor, action: PermissionAction, placementId: string): Promise<ScopedPlacement> {
  const placement = await tx.placement.findFirst({ where: { AND: [{ id: placementId }, placementWhereFor(actor, action)] }, select: SELECT });
  if (!placement) throw new AppError("NOT_FOUND");
  return placement;
}

export function employerNameOf(placement: { organisation: { legalName: string; tradeName: string | null } }): string {
  return placement.organisation.tradeName ?? placement.organisation.legalName;
}

export function vacancyTitleOf(placement: { vacancy: { title: string } | null }): string {
  return placement.vacancy?.title ?? "de plaatsing";
}
