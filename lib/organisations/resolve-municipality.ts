import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { OUTSIDE_REGION } from "./schemas";

export type OrganisationLocation = { municipalityCode: string | null; outsideRegion: boolean };

/** The chosen region municipality, or "buiten de regio". An unknown code is refused. */
export async function resolveMunicipality(code: string): Promise<OrganisationLocation> {
  if (code === OUTSIDE_REGION) return { municipalityCode: null, outsideRegion: true };
  const municipality = await prisma.municipality.findUnique({ where: { code }, select: { code: true } });
  if (!municipality) throw new AppError("INVALID_INPUT", { userMessage: "Kies de gemeente uit de lijst." });
  return { municipalityCode: municipality.code, outsideRegion: false };
}
