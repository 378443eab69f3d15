import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

/**
 * Picks the owner accountmanager of a new organisation (E1): among the active accountmanagers
 * of the municipality's work area, the one who owns the fewest organisations; ties go to the
 * lowest user id, so the choice is stable and repeatable. "Least loaded" rather than a stored
 * pointer: it needs no extra table, and new organisations spread evenly over the team, which is
 * what a round-robin is for (two registrations in the very same instant may pick the same person;
 * the next one evens it out).
 *
 * Falls back to all active accountmanagers when the organisation is outside the region
 * (municipalityCode null) or its work area has none.
 */
export async function pickOwnerAccountManager(tx: Tx, municipalityCode: string | null): Promise<string> {
  let workAreaId: string | null = null;
  if (municipalityCode) {
    const municipality = await tx.municipality.findUnique({ where: { code: municipalityCode }, select: { workAreaId: true } });
    workAreaId = municipality?.workAreaId ?? null;
  }

  if (workAreaId) {
    const inArea = await leastLoaded(tx, { workAreas: { some: { workAreaId } } });
    if (inArea) return inArea;
  }
  const anyone = await leastLoaded(tx, {});
  if (anyone) return anyone;
  throw new AppError("CONFLICT", {
    userMessage: "Aanmelden lukt op dit moment niet. Bel of mail het Werkcentrum, dan helpen wij u verder.",
  });
}

async function leastLoaded(tx: Tx, where: Prisma.UserWhereInput): Promise<string | null> {
  const candidates = await tx.user.findMany({
    where: { ...where, role: "ACCOUNT_MANAGER", disabledAt: null },
    select: { id: true, _count: { select: { ownedOrganisations: true } } },
    orderBy: { id: "asc" },
  });
  let best: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    if (!best || candidate._count.ownedOrganisations < best._count.ownedOrganisations) best = candidate;
  }
  return best?.id ?? null;
}
