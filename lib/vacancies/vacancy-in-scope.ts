import "server-only";
import type { Prisma, VacancyStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { vacancyWhereFor } from "@/lib/auth/ownership-where";
import type { PermissionAction } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

export type ScopedVacancy = {
  id: string;
  title: string;
  status: VacancyStatus;
  organisationId: string;
  organisation: { legalName: string; ownerId: string };
};

/**
 * Loads a vacancy only when the actor may do `action` on it: ownership is part of the `where`, so a
 * vacancy of someone else is simply NOT_FOUND and its existence is not revealed.
 */
export async function findVacancyInScopeOrThrow(tx: Tx, actor: Actor, action: PermissionAction, vacancyId: string): Promise<ScopedVacancy> {
  const vacancy = await tx.vacancy.findFirst({
    where: { AND: [{ id: vacancyId }, vacancyWhereFor(actor, action)] },
    select: { id: true, title: true, status: true, organisationId: true, organisation: { select: { legalName: true, ownerId: true } } },
  });
  if (!vacancy) throw new AppError("NOT_FOUND");
  return vacancy;
}

/**
 * Moves the vacancy from `from` to `to` and writes the history row. The update is conditional on
 * the status still being `from`, so two people changing it at once cannot both succeed.
 */
export async function changeVacancyStatus(
  tx: Tx,
  change: { vacancyId: string; from: VacancyStatus; to: VacancyStatus; byUserId: string; note?: string | null; closedReason?: string },
): Promise<void> {
  const { count } = await tx.vacancy.updateMany({
    where: { id: change.vacancyId, status: change.from },
    data: { status: change.to, ...(change.closedReason !== undefined ? { closedReason: change.closedReason } : {}) },
  });
  if (count !== 1) throw new AppError("CONFLICT");
  await tx.vacancyStatusChange.create({
    data: { vacancyId: change.vacancyId, fromStatus: change.from, toStatus: change.to, byUserId: change.byUserId, note: change.note || null },
  });
}
