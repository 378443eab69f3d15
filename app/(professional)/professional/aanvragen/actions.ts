"use server";

import { revalidatePath } from "next/cache";
import { decideJoinRequest } from "@/lib/organisations/decide-join-request";
import { decideJoinRequestSchema } from "@/lib/organisations/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const decideJoinRequestAction = actionClientFor("organisation.decideJoinRequest")
  .inputSchema(decideJoinRequestSchema)
  .action(async ({ parsedInput, ctx }) => {
    const decision = await decideJoinRequest({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/professional/aanvragen");
    return decision;
  });
