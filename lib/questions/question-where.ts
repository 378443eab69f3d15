import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import type { PermissionAction } from "@/lib/auth/permissions";

/** Questions the actor may touch for this action: their own organisation's, or their own employers'. */
export function questionWhereFor(actor: Pick<Actor, "userId" | "role" | "organisationId">, action: PermissionAction): Prisma.QuestionWhereInput {
  return { organisation: organisationWhereFor(actor, action) };
}
