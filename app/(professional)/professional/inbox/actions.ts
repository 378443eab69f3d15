"use server";

import { revalidatePath } from "next/cache";
import { answerQuestion } from "@/lib/questions/answer-question";
import { answerQuestionSchema } from "@/lib/questions/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const answerQuestionAction = actionClientFor("question.answer")
  .inputSchema(answerQuestionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const answered = await answerQuestion({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/professional/inbox");
    revalidatePath("/professional");
    return answered;
  });
