import "server-only";
import { prisma } from "@/lib/db";

export type RegionMunicipality = { code: string; name: string };

/** The municipalities of the region, by name, for the registration form (public reference data). */
export async function findRegionMunicipalities(): Promise<RegionMunicipality[]> {
  return prisma.municipality.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}
