import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import type { PermissionAction } from "@/lib/auth/permissions";

/**
 * SROI dossiers the actor may touch for `action`: the employer's own, the owner accountmanager's
 * employers (Organisation.ownerId, so a transfer moves the dossiers along), everything for ADMIN.
 */
export function sroiDossierWhereFor(actor: Pick<Actor, "userId" | "role" | "organisationId">, action: PermissionAction): Prisma.SroiDossierWhereInput {
  return { organisation: organisationWhereFor(actor, action) };
}
