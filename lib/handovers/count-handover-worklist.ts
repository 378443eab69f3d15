import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { activeHandoverConsentWhere } from "./handover-consent-where";
import { incomingHandoverWhere } from "./incoming-where";

export type HandoverWorklistCounts = {
  incoming: number;
  incomingOverdue: number;
  /** Accepted by me, first contact not recorded yet. */
  awaitingFirstContact: number;
  /** Sent by me, bounced / refused / consent declined in the last 30 days, candidate still mine and no open handover. */
  needsAction: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Counts for the bemiddelaar's work list; no names, so nothing to audit. Null for other roles. */
export async function countHandoverWorklist(actor: Actor, now: Date): Promise<HandoverWorklistCounts | null> {
  if (!can(actor, "handover.decide") || !can(actor, "handover.create")) return null;
  const incomingWhere = { AND: [incomingHandoverWhere(actor), { status: "PENDING" as const, consents: { some: activeHandoverConsentWhere } }] };
  const [incoming, incomingOverdue, awaitingFirstContact, needsAction] = await Promise.all([
    prisma.handover.count({ where: incomingWhere }),
    prisma.handover.count({ where: { AND: [incomingWhere, { deadline: { lt: now } }] } }),
    prisma.handover.count({ where: { acceptedById: actor.userId, status: "ACCEPTED", firstContactAt: null } }),
    prisma.handover.count({
      where: {
        fromUserId: actor.userId,
        status: { in: ["BOUNCED", "REFUSED", "CONSENT_DECLINED"] },
        decidedAt: { gte: new Date(now.getTime() - 30 * DAY_MS) },
        candidate: { ownerId: actor.userId, handovers: { none: { status: { in: ["AWAITING_CONSENT", "PENDING"] } } } },
      },
    }),
  ]);
  return { incoming, incomingOverdue, awaitingFirstContact, needsAction };
}
