"use server";

import { revalidatePath } from "next/cache";
import { actionClientFor } from "@/lib/safe-action";
import { createVacancy } from "@/lib/vacancies/create-vacancy";
import { createVacancySchema, updateVacancySchema, withdrawVacancySchema } from "@/lib/vacancies/schemas";
import { updateVacancy } from "@/lib/vacancies/update-vacancy";
import { FIELD_ERRORS, withFieldErrors } from "@/lib/forms/with-field-errors";
import { withdrawVacancy } from "@/lib/vacancies/withdraw-vacancy";

export const createVacancyAction = actionClientFor("vacancy.submit")
  .inputSchema(createVacancySchema, FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const vacancy = await withFieldErrors(createVacancySchema, () => createVacancy({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/werkgever/vacatures");
    revalidatePath("/werkgever");
    return vacancy;
  });

export const updateVacancyAction = actionClientFor("vacancy.edit")
  .inputSchema(updateVacancySchema, FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const vacancy = await withFieldErrors(updateVacancySchema, () => updateVacancy({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/werkgever/vacatures");
    revalidatePath(`/werkgever/vacatures/${vacancy.id}`);
    return vacancy;
  });

export const withdrawVacancyAction = actionClientFor("vacancy.close")
  .inputSchema(withdrawVacancySchema, FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const vacancy = await withdrawVacancy({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/werkgever/vacatures");
    revalidatePath(`/werkgever/vacatures/${vacancy.id}`);
    revalidatePath("/werkgever");
    return vacancy;
  });
