import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { sroiDossierWhereFor } from "./dossier-where";
import { sroiTotals, type SroiTotals } from "./totals";

export type SroiDossierSummary = {
  id: string;
  organisationId: string;
  employer: string;
  contractName: string;
  municipality: string;
  contractValueCents: bigint;
  periodStart: Date;
  periodEnd: Date;
  totals: SroiTotals;
  /** Deliveries waiting for the accountmanager's review. */
  reportedCount: number;
};

/** The SROI dossiers in the actor's scope (own organisation, own employers, or all), optionally for one employer. */
export async function findSroiDossiers(actor: Actor, options: { organisationId?: string } = {}): Promise<SroiDossierSummary[]> {
  assertCan(actor, "sroi.read");
  const dossiers = await prisma.sroiDossier.findMany({
    where: { AND: [sroiDossierWhereFor(actor, "sroi.read"), options.organisationId ? { organisationId: options.organisationId } : {}] },
    select: {
      id: true,
      organisationId: true,
      contractName: true,
      contractValueCents: true,
      obligationCents: true,
      periodStart: true,
      periodEnd: true,
      municipality: { select: { name: true } },
      organisation: { select: { legalName: true, tradeName: true } },
    },
    orderBy: [{ periodEnd: "desc" }, { createdAt: "desc" }],
    take: 500,
  });
  if (dossiers.length === 0) return [];
  const sums = await prisma.sroiDelivery.groupBy({
    by: ["dossierId", "status"],
    where: { dossierId: { in: dossiers.map((d) => d.id) } },
    _sum: { valueCents: true },
    _count: { _all: true },
  });
  return dossiers.map((dossier) => {
    const rows = sums.filter((row) => row.dossierId === dossier.id);
    return {
      id: dossier.id,
      organisationId: dossier.organisationId,
      employer: dossier.organisation.tradeName ?? dossier.organisation.legalName,
      contractName: dossier.contractName,
      municipality: dossier.municipality.name,
      contractValueCents: dossier.contractValueCents,
      periodStart: dossier.periodStart,
      periodEnd: dossier.periodEnd,
      totals: sroiTotals(
        dossier.obligationCents,
        rows.map((row) => ({ status: row.status, valueCents: row._sum.valueCents ?? 0n })),
      ),
      reportedCount: rows.find((row) => row.status === "REPORTED")?._count._all ?? 0,
    };
  });
}
