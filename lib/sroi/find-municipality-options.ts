import "server-only";
import { prisma } from "@/lib/db";

/** The municipalities a dossier's contract can belong to (reference data). */
export async function findMunicipalityOptions(): Promise<{ value: string; label: string }[]> {
  const rows = await prisma.municipality.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
  return rows.map((m) => ({ value: m.code, label: m.name }));
}
