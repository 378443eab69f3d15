import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type FilterOption = { value: string; label: string };
export type KpiFilterOptions = { municipalities: FilterOption[]; workAreas: FilterOption[]; occupationClasses: FilterOption[]; partners: FilterOption[] };

/** The choices of the dashboard filter form (reference data only). */
export async function getKpiFilterOptions(actor: Actor): Promise<KpiFilterOptions> {
  assertCan(actor, "dashboard.read");
  const [municipalities, workAreas, occupationClasses, partners] = await Promise.all([
    prisma.municipality.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    prisma.workArea.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.occupationClass.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    prisma.partnerOrganisation.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    municipalities: municipalities.map((m) => ({ value: m.code, label: m.name })),
    workAreas: workAreas.map((w) => ({ value: w.id, label: w.name })),
    occupationClasses: occupationClasses.map((o) => ({ value: o.code, label: o.name })),
    partners: partners.map((p) => ({ value: p.code, label: p.name })),
  };
}
