import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { sharesWithPartnersWhere } from "@/lib/consents/active-consent-where";
import { prisma } from "@/lib/db";

/** Does the resident already share their profile with the partners? Then the form does not ask again. */
export async function getOwnSharingConsent(actor: Actor): Promise<boolean> {
  assertCan(actor, "helpRequest.submit");
  const candidate = await prisma.candidate.findFirst({
    where: { AND: [{ userId: actor.userId }, candidateWhereFor(actor, "helpRequest.submit"), sharesWithPartnersWhere] },
    select: { id: true },
  });
  return candidate !== null;
}
