"use server";

import { actionClient } from "@/lib/safe-action";
import { requestClientAddress } from "@/lib/security/throttle/request-client-address";
import { acceptInvitation } from "@/lib/users/accept-invitation";
import { acceptInvitationSchema } from "@/lib/users/schemas";

/** Public: the link in the mail is the permission; the domain function checks it again inside its transaction. */
export const acceptInvitationAction = actionClient.inputSchema(acceptInvitationSchema).action(async ({ parsedInput }) => {
  return acceptInvitation({ input: parsedInput, clientAddress: await requestClientAddress() });
});
