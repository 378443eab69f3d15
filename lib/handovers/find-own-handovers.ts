import "server-only";
import type { HandoverStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type OwnHandover = {
  id: string;
  partner: string;
  toTeam: string | null;
  status: HandoverStatus;
  createdAt: Date;
  decidedAt: Date | null;
  acceptedBy: string | null;
};

/** Mijn traject (resident): handovers of the resident's own candidate record, newest first. */
export async function findOwnHandovers(actor: Actor): Promise<OwnHandover[]> {
  if (!can(actor, "handover.consent")) return [];
  const rows = await prisma.handover.findMany({
    where: { candidate: { AND: [candidateWhereFor(actor, "handover.consent"), { anonymisedAt: null }] } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      status: true,
      toTeam: true,
      createdAt: true,
      decidedAt: true,
      toPartnerOrganisation: { select: { name: true } },
      acceptedBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    partner: row.toPartnerOrganisation.name,
    toTeam: row.toTeam,
    status: row.status,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    acceptedBy: row.acceptedBy?.name ?? null,
  }));
}
