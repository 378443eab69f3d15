import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { CONFIRMED_JOIN_REQUEST_WHERE } from "@/lib/auth/confirmed-registration-where";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type PendingJoinRequest = {
  id: string;
  requestedAt: Date;
  requester: { name: string; email: string; phone: string | null };
  organisation: { id: string; name: string; kvkNumber: string };
};

/** Open requests to join the employers the actor owns (ADMIN: all), oldest first. */
export async function findPendingJoinRequests(actor: Actor): Promise<PendingJoinRequest[]> {
  assertCan(actor, "organisation.decideJoinRequest");
  const rows = await prisma.organisationJoinRequest.findMany({
    where: { status: "PENDING", ...CONFIRMED_JOIN_REQUEST_WHERE, organisation: organisationWhereFor(actor, "organisation.decideJoinRequest") },
    select: {
      id: true,
      createdAt: true,
      user: { select: { name: true, email: true, phone: true } },
      organisation: { select: { id: true, legalName: true, tradeName: true, kvkNumber: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  return rows.map((row) => ({
    id: row.id,
    requestedAt: row.createdAt,
    requester: row.user,
    organisation: {
      id: row.organisation.id,
      name: row.organisation.tradeName ?? row.organisation.legalName,
      kvkNumber: row.organisation.kvkNumber,
    },
  }));
}
