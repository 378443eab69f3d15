"use server";

import { revalidatePath } from "next/cache";
import { askQuestion } from "@/lib/questions/ask-question";
import { askQuestionSchema } from "@/lib/questions/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const askQuestionAction = actionClientFor("question.ask")
  .inputSchema(askQuestionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const question = await askQuestion({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/werkgever/vragen");
    revalidatePath("/werkgever");
    return question;
  });
