import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { restartWaitingHelpRequests } from "@/lib/help-requests/restart-waiting-help-requests";
import { notify } from "@/lib/notifications/notify";
import { registrationAnnouncements } from "@/lib/organisations/announce-registration";

/**
 * Inside the transaction that confirms an address for the first time: what the registration wrote reaches
 * the professionals now. The queries let it through by themselves (lib/auth/confirmed-registration-where.ts);
 * here the notifications held back at registration are sent and the team's term starts (decision 019).
 * Returns the after-commit step of the notifications.
 */
export async function releaseRegistration(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<() => Promise<void>> {
  await restartWaitingHelpRequests(tx, userId, now);
  return notify(tx, await registrationAnnouncements(tx, userId));
}
