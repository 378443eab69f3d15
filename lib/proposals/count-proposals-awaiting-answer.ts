import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

/** How many shared proposals wait for the employer's answer (start page). */
export async function countProposalsAwaitingAnswer(actor: Actor): Promise<number> {
  assertCan(actor, "proposal.read");
  if (actor.role !== "EMPLOYER") return 0;
  return prisma.proposal.count({ where: { AND: [proposalWhereFor(actor, "proposal.read"), { status: "PROPOSED" }] } });
}
