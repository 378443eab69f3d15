"use server";

import { acceptHelpRequest } from "@/lib/help-requests/accept-help-request";
import { acceptHelpRequestSchema } from "@/lib/help-requests/schemas";
import { actionClientFor } from "@/lib/safe-action";

// No revalidatePath: the queue row stays until the next visit, so the "opgepakt" message is not
// lost to a refresh; the page is dynamic and reads fresh data on every navigation.
export const acceptHelpRequestAction = actionClientFor("helpRequest.accept")
  .inputSchema(acceptHelpRequestSchema)
  .action(async ({ parsedInput, ctx }) => acceptHelpRequest({ actor: ctx.actor, input: parsedInput }));
