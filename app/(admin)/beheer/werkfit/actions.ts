"use server";

import { revalidatePath } from "next/cache";
import { createWorkReadinessRuleVersion } from "@/lib/work-readiness/create-work-readiness-rule-version";
import { newWorkReadinessRuleSchema } from "@/lib/work-readiness/rule-schemas";
import { actionClientFor } from "@/lib/safe-action";

export const createWorkReadinessRuleVersionAction = actionClientFor("referenceData.manage")
  .inputSchema(newWorkReadinessRuleSchema)
  .action(async ({ clientInput, ctx }) => {
    const result = await createWorkReadinessRuleVersion({ actor: ctx.actor, input: clientInput });
    revalidatePath("/beheer/werkfit");
    return result;
  });
