import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";

/**
 * The accountmanagers' notifications of an employer's own registration (E1): the owner of a new
 * organisation, and the owner of each known organisation the person asked to join. Sent when the person
 * confirmed their e-mail address, not before (decision 019).
 */
export async function registrationAnnouncements(tx: Prisma.TransactionClient, userId: string): Promise<NotificationMessage[]> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      organisation: { select: { id: true, ownerId: true, legalName: true, kvkNumber: true } },
      joinRequests: {
        where: { status: "PENDING" },
        select: { organisation: { select: { ownerId: true, legalName: true, tradeName: true } } },
      },
    },
  });
  const messages: NotificationMessage[] = [];
  if (user.organisation) {
    const organisation = user.organisation;
    messages.push({
      userId: organisation.ownerId,
      kind: "organisation.assigned",
      title: "Nieuwe werkgever toegewezen",
      body: `${organisation.legalName} (KvK ${organisation.kvkNumber}) heeft zich aangemeld. Contactpersoon: ${user.name}.`,
      link: `/professional/werkgevers/${organisation.id}`,
    });
  }
  for (const { organisation } of user.joinRequests) {
    messages.push({
      userId: organisation.ownerId,
      kind: "organisation.joinRequested",
      title: `Aanvraag om aan te sluiten bij ${organisation.tradeName ?? organisation.legalName}`,
      body: `${user.name} (${user.email}) wil het werkgeversportaal gebruiken namens deze organisatie. Accepteer of wijs af.`,
      link: "/professional/aanvragen",
    });
  }
  return messages;
}
