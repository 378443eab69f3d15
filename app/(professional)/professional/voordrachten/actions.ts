"use server";

import { revalidatePath } from "next/cache";
import { createProposal } from "@/lib/proposals/create-proposal";
import { createProposalSchema, withdrawProposalSchema } from "@/lib/proposals/schemas";
import { withdrawProposal } from "@/lib/proposals/withdraw-proposal";
import { actionClientFor } from "@/lib/safe-action";

export const createProposalAction = actionClientFor("proposal.create")
  .inputSchema(createProposalSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createProposal({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/professional/voordrachten");
    return result;
  });

export const withdrawProposalAction = actionClientFor("proposal.withdraw")
  .inputSchema(withdrawProposalSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withdrawProposal({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/professional/voordrachten/${result.id}`);
    revalidatePath("/professional/voordrachten");
    return result;
  });
