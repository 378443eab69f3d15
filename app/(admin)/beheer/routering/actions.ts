"use server";

import { revalidatePath } from "next/cache";
import { createRoutingRule } from "@/lib/help-requests/create-routing-rule";
import { createRoutingRuleSchema, updateRoutingRuleSchema } from "@/lib/help-requests/schemas";
import { updateRoutingRule } from "@/lib/help-requests/update-routing-rule";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";

export const createRoutingRuleAction = actionClientFor("referenceData.manage")
  .inputSchema(createRoutingRuleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await withFieldErrors(createRoutingRuleSchema, () => createRoutingRule({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/beheer/routering");
    return saved;
  });

export const updateRoutingRuleAction = actionClientFor("referenceData.manage")
  .inputSchema(updateRoutingRuleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await withFieldErrors(updateRoutingRuleSchema, () => updateRoutingRule({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/beheer/routering");
    return saved;
  });
