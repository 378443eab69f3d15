"use server";

import { revalidatePath } from "next/cache";
import { declineProposal } from "@/lib/proposals/decline-proposal";
import { inviteCandidate } from "@/lib/proposals/invite-candidate";
import { recordInterviewOutcome } from "@/lib/proposals/record-interview-outcome";
import { declineProposalSchema, interviewOutcomeSchema, inviteCandidateSchema } from "@/lib/proposals/schemas";
import { actionClientFor } from "@/lib/safe-action";

function refresh(id: string) {
  revalidatePath(`/werkgever/voordrachten/${id}`);
  revalidatePath("/werkgever/voordrachten");
  revalidatePath("/werkgever");
}

export const inviteCandidateAction = actionClientFor("proposal.respond")
  .inputSchema(inviteCandidateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await inviteCandidate({ actor: ctx.actor, input: parsedInput });
    refresh(result.id);
    return result;
  });

export const declineProposalAction = actionClientFor("proposal.respond")
  .inputSchema(declineProposalSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await declineProposal({ actor: ctx.actor, input: parsedInput });
    refresh(result.id);
    return result;
  });

export const interviewOutcomeAction = actionClientFor("proposal.respond")
  .inputSchema(interviewOutcomeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await recordInterviewOutcome({ actor: ctx.actor, input: parsedInput });
    refresh(result.id);
    return result;
  });
