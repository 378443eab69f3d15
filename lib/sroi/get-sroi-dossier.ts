import "server-only";
import type { ReviewStatus, SroiDeliveryType } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { sroiDossierWhereFor } from "./dossier-where";
import { sroiTotals, type SroiTotals } from "./totals";

export type SroiDeliveryRow = {
  id: string;
  type: SroiDeliveryType;
  valueCents: bigint;
  description: string;
  deliveredOn: Date;
  status: ReviewStatus;
  reportedBy: string;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  /** "Kandidaat via plaatsing …": never the person's name, so no personal data is shown. */
  candidate: string | null;
};

export type SroiDossierDetail = {
  id: string;
  organisationId: string;
  employer: string;
  contractName: string;
  municipalityCode: string;
  municipality: string;
  contractValueCents: bigint;
  periodStart: Date;
  periodEnd: Date;
  managedBy: string;
  totals: SroiTotals;
  deliveries: SroiDeliveryRow[];
  canManage: boolean;
  canReview: boolean;
  canReport: boolean;
};

/** One dossier with its deliveries (newest first) for the employer, its owner accountmanager or ADMIN. */
export async function getSroiDossier({ actor, dossierId }: { actor: Actor; dossierId: string }): Promise<SroiDossierDetail> {
  assertCan(actor, "sroi.read");
  const dossier = await prisma.sroiDossier.findFirst({
    where: { AND: [{ id: dossierId }, sroiDossierWhereFor(actor, "sroi.read")] },
    select: {
      id: true,
      organisationId: true,
      contractName: true,
      municipalityCode: true,
      contractValueCents: true,
      obligationCents: true,
      periodStart: true,
      periodEnd: true,
      municipality: { select: { name: true } },
      managedBy: { select: { name: true } },
      organisation: { select: { legalName: true, tradeName: true, ownerId: true } },
      deliveries: {
        orderBy: [{ deliveredOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          type: true,
          valueCents: true,
          description: true,
          deliveredOn: true,
          status: true,
          candidateId: true,
          reviewedAt: true,
          reportedBy: { select: { name: true } },
          reviewedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!dossier) throw new AppError("NOT_FOUND");

  const candidateIds = [...new Set(dossier.deliveries.flatMap((d) => (d.candidateId ? [d.candidateId] : [])))];
  const placements = candidateIds.length
    ? await prisma.placement.findMany({
        where: { organisationId: dossier.organisationId, candidateId: { in: candidateIds } },
        select: { candidateId: true, startDate: true, vacancy: { select: { title: true } } },
        orderBy: { startDate: "asc" },
      })
    : [];
  const placementLabel = new Map(
    placements.map((p) => [p.candidateId, `Kandidaat via plaatsing ${p.vacancy ? `"${p.vacancy.title}"` : "zonder vacature"}, gestart ${formatDutchDate(p.startDate)}`]),
  );
  const employerRef = { organisationId: dossier.organisationId, employerOwnerId: dossier.organisation.ownerId };

  return {
    id: dossier.id,
    organisationId: dossier.organisationId,
    employer: dossier.organisation.tradeName ?? dossier.organisation.legalName,
    contractName: dossier.contractName,
    municipalityCode: dossier.municipalityCode,
    municipality: dossier.municipality.name,
    contractValueCents: dossier.contractValueCents,
    periodStart: dossier.periodStart,
    periodEnd: dossier.periodEnd,
    managedBy: dossier.managedBy.name,
    totals: sroiTotals(dossier.obligationCents, dossier.deliveries),
    deliveries: dossier.deliveries.map((d) => ({
      id: d.id,
      type: d.type,
      valueCents: d.valueCents,
      description: d.description,
      deliveredOn: d.deliveredOn,
      status: d.status,
      reportedBy: d.reportedBy.name,
      reviewedBy: d.reviewedBy?.name ?? null,
      reviewedAt: d.reviewedAt,
      candidate: d.candidateId ? (placementLabel.get(d.candidateId) ?? "Kandidaat gekoppeld") : null,
    })),
    canManage: can(actor, "sroi.manage", employerRef),
    canReview: can(actor, "sroi.review", employerRef),
    canReport: can(actor, "sroi.report", employerRef),
  };
}
