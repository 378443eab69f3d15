import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";

/** The resident's own candidate record id, or null when they have not registered (aangemeld) yet. */
export async function findOwnCandidateId(actor: Actor): Promise<string | null> {
  if (actor.role !== "JOBSEEKER") return null;
  const candidate = await prisma.candidate.findUnique({ where: { userId: actor.userId }, select: { id: true, anonymisedAt: true } });
  return candidate && !candidate.anonymisedAt ? candidate.id : null;
}
