import "server-only";
import { CONFIRMED_CANDIDATE_WHERE } from "@/lib/auth/confirmed-registration-where";
import { prisma } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { HELP_QUESTION_LABELS } from "./labels";

export const QUEUE_PATH = "/professional/kandidaten/aanmeldingen";

export type EscalationRun = { escalated: number };

/**
 * A request nobody accepted by its due date becomes ESCALATED and is never silently dropped (J1):
 * the bemiddelaars of the partner organisation and all regional staff are notified; it stays in the
 * team queue, marked "Geëscaleerd", and can still be accepted. Each request is escalated in its own
 * transaction with a status guard, so running this twice, or twice at the same time, escalates and
 * notifies once. The notifications name the team and the question, never the resident.
 */
export async function escalateOverdueHelpRequests(now: Date): Promise<EscalationRun> {
  const overdue = await prisma.helpRequest.findMany({
    // A request of a resident who has not confirmed the address is nobody's yet (decision 019).
    where: { status: "ROUTED", dueBy: { lt: now }, candidate: CONFIRMED_CANDIDATE_WHERE },
    orderBy: { dueBy: "asc" },
    select: { id: true, question: true, team: true, dueBy: true, partnerOrganisationId: true, partnerOrganisation: { select: { name: true } } },
  });
  let escalated = 0;
  for (const request of overdue) {
    const after = await prisma.$transaction(async (tx) => {
      const claimed = await tx.helpRequest.updateMany({
        where: { id: request.id, status: "ROUTED", dueBy: { lt: now }, candidate: CONFIRMED_CANDIDATE_WHERE },
        data: { status: "ESCALATED", escalatedAt: now },
      });
      if (claimed.count === 0) return null;
      const recipients = await tx.user.findMany({
        where: {
          disabledAt: null,
          OR: [{ role: "JOB_MEDIATOR", partnerOrganisationId: request.partnerOrganisationId }, { role: "REGIONAL_STAFF" }],
        },
        select: { id: true, role: true },
      });
      const title = `Aanmelding niet op tijd opgepakt: ${request.team}`;
      const body =
        `Een aanmelding met de hulpvraag "${HELP_QUESTION_LABELS[request.question]}" voor ${request.team} ` +
        `(${request.partnerOrganisation.name}) had uiterlijk ${formatShortDate(request.dueBy)} opgepakt moeten zijn.`;
      const messages: NotificationMessage[] = recipients.map((user) => ({
        userId: user.id,
        kind: "helpRequest.escalated",
        title,
        body: user.role === "JOB_MEDIATOR" ? `${body} Pak haar op in de wachtrij van uw team.` : body,
        ...(user.role === "JOB_MEDIATOR" ? { link: QUEUE_PATH } : {}),
      }));
      return notify(tx, messages);
    });
    if (after) {
      escalated += 1;
      await after();
    }
  }
  return { escalated };
}
