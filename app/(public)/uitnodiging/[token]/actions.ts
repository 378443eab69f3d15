"use server";

import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { actionClient } from "@/lib/safe-action";
import { acceptInvitation } from "@/lib/users/accept-invitation";
import { acceptInvitationSchema } from "@/lib/users/schemas";

/** Public: the link in the mail is the permission; the domain function checks it again inside its transaction. */
export const acceptInvitationAction = actionClient.inputSchema(acceptInvitationSchema).action(async ({ parsedInput }) => {
  const ip = clientIpFrom(Object.fromEntries(await headers()));
  return acceptInvitation({ input: parsedInput, ip });
});
