"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createProposal } from "@/lib/proposals/create-proposal";
import { createProposalSchema, withdrawProposalSchema } from "@/lib/proposals/schemas";
import { withdrawProposal } from "@/lib/proposals/withdraw-proposal";
import { actionClientFor } from "@/lib/safe-action";

export const createProposalAction = actionClientFor("proposal.create")
  .inputSchema(createProposalSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createProposal({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/professional/voordrachten");
    // A server-side redirect, not a client push after the action: Next applies it atomically with the
    // action's response (a push from onSuccess could lose the race with the action's own refresh).
    redirect(`/professional/voordrachten/${result.id}`);
  });

export const withdrawProposalAction = actionClientFor("proposal.withdraw")
  .inputSchema(withdrawProposalSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withdrawProposal({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/professional/voordrachten/${result.id}`);
    revalidatePath("/professional/voordrachten");
    return result;
  });
