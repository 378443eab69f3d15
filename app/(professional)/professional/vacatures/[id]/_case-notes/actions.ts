"use server";

import { revalidatePath } from "next/cache";
import { addCaseNote } from "@/lib/case-notes/add-case-note";
import { addCaseNoteSchema } from "@/lib/case-notes/schemas";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";

export const addCaseNoteAction = actionClientFor("caseNote.write")
  .inputSchema(addCaseNoteSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(addCaseNoteSchema, () => addCaseNote({ actor: ctx.actor, input: parsedInput }));
    revalidatePath(`/professional/vacatures/${parsedInput.vacancyId}`);
    return result;
  });
