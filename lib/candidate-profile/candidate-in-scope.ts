import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import type { PermissionAction } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

type Db = Prisma.TransactionClient | PrismaClient;

/** The where for one candidate the actor may touch for `action`; anonymised records are out of reach. */
export function candidateInScopeWhere(actor: Actor, action: PermissionAction, candidateId: string): Prisma.CandidateWhereInput {
  return { AND: [{ id: candidateId }, { anonymisedAt: null }, candidateWhereFor(actor, action)] };
}

/** The candidate's id when in the actor's scope; otherwise NOT_FOUND (never reveals that it exists). */
export async function findCandidateInScopeOrThrow(db: Db, actor: Actor, action: PermissionAction, candidateId: string): Promise<{ id: string }> {
  const candidate = await db.candidate.findFirst({ where: candidateInScopeWhere(actor, action, candidateId), select: { id: true } });
  if (!candidate) throw new AppError("NOT_FOUND");
  return candidate;
}
