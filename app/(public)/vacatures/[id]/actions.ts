"use server";

import { expressInterest } from "@/lib/public-vacancies/express-interest";
import { expressInterestSchema } from "@/lib/public-vacancies/schemas";
import { actionClientFor } from "@/lib/safe-action";

// No revalidatePath: the button shows its own answer, a reload shows "al interesse getoond".
export const expressInterestAction = actionClientFor("vacancy.expressInterest")
  .inputSchema(expressInterestSchema)
  .action(async ({ parsedInput, ctx }) => expressInterest({ actor: ctx.actor, input: parsedInput }));
