import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { activeEmployerConsentWhere } from "@/lib/auth/ownership-where";

export { activeEmployerConsentWhere };

type Tx = Prisma.TransactionClient;

/** The active employer contacts of an organisation. */
export async function employerUserIds(tx: Tx, organisationId: string): Promise<string[]> {
  const users = await tx.user.findMany({ where: { role: "EMPLOYER", organisationId, disabledAt: null }, select: { id: true } });
  return users.map((user) => user.id);
}

/** True while the candidate's SHARE_WITH_EMPLOYER consent for this organisation is granted and not revoked. */
export async function hasActiveEmployerConsent(tx: Tx, candidateId: string, organisationId: string): Promise<boolean> {
  const consent = await tx.consent.findFirst({
    where: { candidateId, ...activeEmployerConsentWhere(organisationId) },
    select: { id: true },
  });
  return consent !== null;
}

/** What an accountmanager (or an employer without consent) reads instead of the candidate's name. */
export function anonymousCandidate(mediatorName: string | null | undefined): string {
  return `Kandidaat (bemiddelaar: ${mediatorName ?? "onbekend"})`;
}

export const WITHDRAWN_CONSENT_NAME = "Kandidaat (toestemming ingetrokken)";
