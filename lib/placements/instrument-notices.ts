import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { employerNameOf, vacancyTitleOf, type ScopedPlacement } from "./placement-in-scope";
import { employerUserIds } from "./recipients";

type Tx = Prisma.TransactionClient;

/**
 * E7: the employer's contacts and the owner accountmanager hear that an instrument of a placement
 * changed. The text never names the candidate ("een kandidaat"): the accountmanager may not see it,
 * and the employer's consent may be revoked while the notification stays.
 */
export async function notifyInstrumentChange(tx: Tx, placement: ScopedPlacement, text: { title: string; body: (employerName: string) => string }) {
  const title = `${text.title}: ${vacancyTitleOf(placement)}`;
  const body = text.body(employerNameOf(placement));
  return notify(tx, [
    ...(await employerUserIds(tx, placement.organisationId)).map((userId) => ({
      userId,
      kind: "placement.instrumentChanged" as const,
      title,
      body,
      link: `/werkgever/plaatsingen/${placement.id}`,
    })),
    { userId: placement.organisation.ownerId, kind: "placement.instrumentChanged", title, body, link: `/professional/plaatsingen/${placement.id}` },
  ]);
}

/** Refuses changes to the instruments of a placement that ended. */
export const PLACEMENT_ENDED_MESSAGE = "Deze plaatsing is beëindigd. De instrumenten kunnen niet meer worden gewijzigd.";
