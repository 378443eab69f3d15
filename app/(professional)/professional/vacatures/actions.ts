"use server";

import { revalidatePath } from "next/cache";
import { recordAdvice } from "@/lib/advice/record-advice";
import { recordAdviceSchema } from "@/lib/advice/schemas";
import { actionClientFor } from "@/lib/safe-action";
import { closeVacancy } from "@/lib/vacancies/close-vacancy";
import { enrichVacancy } from "@/lib/vacancies/enrich-vacancy";
import { handOverVacancy } from "@/lib/vacancies/hand-over-vacancy";
import { closeVacancySchema, handOverVacancySchema, setVacancyStatusSchema, updateVacancySchema } from "@/lib/vacancies/schemas";
import { setVacancyStatus } from "@/lib/vacancies/set-vacancy-status";
import { FIELD_ERRORS, withFieldErrors } from "@/lib/forms/with-field-errors";

function refresh(vacancyId: string) {
  revalidatePath("/professional/vacatures");
  revalidatePath(`/professional/vacatures/${vacancyId}`);
  revalidatePath("/professional");
}

export const enrichVacancyAction = actionClientFor("vacancy.intake")
  .inputSchema(updateVacancySchema, FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const vacancy = await withFieldErrors(updateVacancySchema, () => enrichVacancy({ actor: ctx.actor, input: parsedInput }));
    refresh(vacancy.id);
    return vacancy;
  });

export const setVacancyStatusAction = actionClientFor("vacancy.intake")
  .inputSchema(setVacancyStatusSchema, FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const vacancy = await setVacancyStatus({ actor: ctx.actor, input: parsedInput });
    refresh(vacancy.id);
    return vacancy;
  });

export const handOverVacancyAction = actionClientFor("vacancy.handover")
  .inputSchema(handOverVacancySchema, FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(handOverVacancySchema, () => handOverVacancy({ actor: ctx.actor, input: parsedInput }));
    refresh(result.id);
    return result;
  });

export const closeVacancyAction = actionClientFor("vacancy.close")
  .inputSchema(closeVacancySchema, FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const vacancy = await closeVacancy({ actor: ctx.actor, input: parsedInput });
    refresh(vacancy.id);
    return vacancy;
  });

export const recordAdviceAction = actionClientFor("advice.record")
  .inputSchema(recordAdviceSchema, FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const advice = await withFieldErrors(recordAdviceSchema, () => recordAdvice({ actor: ctx.actor, input: parsedInput }));
    refresh(parsedInput.vacancyId);
    return advice;
  });
