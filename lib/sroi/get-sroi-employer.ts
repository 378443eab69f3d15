import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan, can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The employer whose SROI dossiers the accountmanager opens; NOT_FOUND when it is not theirs. */
export async function getSroiEmployer(actor: Actor, organisationId: string): Promise<{ id: string; name: string; canManage: boolean }> {
  assertCan(actor, "sroi.read");
  const organisation = await prisma.organisation.findFirst({
    where: { AND: [{ id: organisationId }, organisationWhereFor(actor, "sroi.read")] },
    select: { id: true, legalName: true, ownerId: true },
  });
  if (!organisation) throw new AppError("NOT_FOUND");
  return { id: organisation.id, name: organisation.legalName, canManage: can(actor, "sroi.manage", { employerOwnerId: organisation.ownerId }) };
}
