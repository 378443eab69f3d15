import "server-only";
import { prisma } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { employerUserIds } from "./recipients";

export type ReminderRun = { reminded: number };

/**
 * E5: a shared proposal the employer did not answer within 10 working days (responseDueBy passed)
 * gets one reminder to the employer's users and one signal to the employer's accountmanager
 * (anonymised: "een kandidaat" + the vacancy). Each proposal in its own transaction, guarded on
 * PROPOSED and reminderSentAt null, so running twice (also at the same time) reminds once.
 */
export async function remindUnansweredProposals(now: Date): Promise<ReminderRun> {
  const due = await prisma.proposal.findMany({
    where: { status: "PROPOSED", reminderSentAt: null, responseDueBy: { lt: now } },
    orderBy: { responseDueBy: "asc" },
    select: { id: true, responseDueBy: true, vacancy: { select: { title: true, organisationId: true, organisation: { select: { ownerId: true, legalName: true, tradeName: true } } } } },
  });
  let reminded = 0;
  for (const proposal of due) {
    const after = await prisma.$transaction(async (tx) => {
      const claimed = await tx.proposal.updateMany({
        where: { id: proposal.id, status: "PROPOSED", reminderSentAt: null, responseDueBy: { lt: now } },
        data: { reminderSentAt: now },
      });
      if (claimed.count === 0) return null;
      const { vacancy } = proposal;
      const dueText = formatShortDate(proposal.responseDueBy!);
      const messages: NotificationMessage[] = (await employerUserIds(tx, vacancy.organisationId)).map((userId) => ({
        userId,
        kind: "proposal.reminder",
        title: `Herinnering: voordracht voor ${vacancy.title} wacht op uw antwoord`,
        body: `U zou uiterlijk ${dueText} laten weten of u de voorgedragen kandidaat uitnodigt. Wilt u de voordracht nu beantwoorden?`,
        link: `/werkgever/voordrachten/${proposal.id}`,
      }));
      messages.push({
        userId: vacancy.organisation.ownerId,
        kind: "proposal.unanswered",
        title: `Voordracht niet beantwoord: ${vacancy.title}`,
        body: `${vacancy.organisation.tradeName ?? vacancy.organisation.legalName} heeft een voordracht van een kandidaat voor "${vacancy.title}" niet op tijd beantwoord (uiterlijk ${dueText}). Neem contact op met de werkgever.`,
        link: `/professional/voordrachten/${proposal.id}`,
      });
      return notify(tx, messages);
    });
    if (after) {
      reminded += 1;
      await after();
    }
  }
  return { reminded };
}
