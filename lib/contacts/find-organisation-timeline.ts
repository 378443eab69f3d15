import "server-only";
import type { ContactChannel, Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type TimelineEntry = {
  id: string;
  contactDate: Date;
  channel: ContactChannel;
  topic: string;
  summary: string;
  authorId: string;
  authorName: string;
  authorRole: Role;
  followUpPromise: string | null;
  followUpDueDate: Date | null;
  followUpDoneAt: Date | null;
  isDoubleApproach: boolean;
};

/**
 * The shared contact timeline of one employer (A2), newest first. Every professional who may read
 * the register sees it; anything else gets an empty list (the employer page itself is NOT_FOUND).
 */
export async function findOrganisationTimeline({
  actor,
  organisationId,
  take = 100,
}: {
  actor: Actor;
  organisationId: string;
  take?: number;
}): Promise<TimelineEntry[]> {
  assertCan(actor, "employerRegister.read");
  const moments = await prisma.contactMoment.findMany({
    where: { organisationId, organisation: organisationWhereFor(actor, "employerRegister.read") },
    orderBy: [{ contactDate: "desc" }, { createdAt: "desc" }],
    take,
    select: {
      id: true,
      contactDate: true,
      channel: true,
      topic: true,
      summary: true,
      authorId: true,
      followUpPromise: true,
      followUpDueDate: true,
      followUpDoneAt: true,
      isDoubleApproach: true,
      author: { select: { name: true, role: true } },
    },
  });
  return moments.map(({ author, ...moment }) => ({ ...moment, authorName: author.name, authorRole: author.role }));
}
