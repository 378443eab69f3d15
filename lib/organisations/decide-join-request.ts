import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { CONFIRMED_JOIN_REQUEST_WHERE } from "@/lib/auth/confirmed-registration-where";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { decideJoinRequestSchema } from "./schemas";

export type JoinDecision = { joinRequestId: string; status: "ACCEPTED" | "REFUSED" };

const ALREADY_DECIDED = "Over deze aanvraag is al besloten. Vernieuw de pagina.";

/**
 * The owner accountmanager (or an ADMIN) accepts or refuses a request to join a known
 * organisation (E1). Ownership is part of the query: a request of someone else's employer is
 * NOT_FOUND. Accepting links the employer account to the organisation; the requester is notified
 * either way. A request is decided once: a second decision (double click, two tabs) is a CONFLICT.
 */
export async function decideJoinRequest({ actor, input }: { actor: Actor; input: unknown }): Promise<JoinDecision> {
  assertCan(actor, "organisation.decideJoinRequest");
  const parsed = decideJoinRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { joinRequestId, decision } = parsed.data;

  const request = await prisma.organisationJoinRequest.findFirst({
    where: { id: joinRequestId, ...CONFIRMED_JOIN_REQUEST_WHERE, organisation: organisationWhereFor(actor, "organisation.decideJoinRequest") },
    select: { id: true, status: true, userId: true, organisation: { select: { id: true, legalName: true, tradeName: true } } },
  });
  if (!request) throw new AppError("NOT_FOUND");
  if (request.status !== "PENDING") throw new AppError("CONFLICT", { userMessage: ALREADY_DECIDED });

  const status = decision === "ACCEPT" ? "ACCEPTED" : "REFUSED";
  const organisationName = request.organisation.tradeName ?? request.organisation.legalName;

  const after = await prisma.$transaction(async (tx) => {
    const decided = await tx.organisationJoinRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status, decidedById: actor.userId, decidedAt: new Date() },
    });
    if (decided.count !== 1) throw new AppError("CONFLICT", { userMessage: ALREADY_DECIDED });
    if (status === "ACCEPTED") {
      const linked = await tx.user.updateMany({
        where: { id: request.userId, role: "EMPLOYER", organisationId: null },
        data: { organisationId: request.organisation.id },
      });
      if (linked.count !== 1) {
        throw new AppError("CONFLICT", { userMessage: "Dit account hoort al bij een organisatie. Wijs de aanvraag af." });
      }
    }
    return notify(tx, [
      status === "ACCEPTED"
        ? {
            userId: request.userId,
            kind: "organisation.joinDecided",
            title: `Uw aanvraag voor ${organisationName} is geaccepteerd`,
            body: "U kunt nu vacatures doorgeven, vragen stellen en afspraken maken.",
            link: "/werkgever",
          }
        : {
            userId: request.userId,
            kind: "organisation.joinDecided",
            title: "Uw aanvraag is afgewezen",
            body: "Uw aanvraag om namens deze organisatie het portaal te gebruiken is niet geaccepteerd. Neem contact op met het Werkcentrum als u vragen heeft.",
            link: "/werkgever",
          },
    ]);
  });
  await after();
  return { joinRequestId: request.id, status };
}
