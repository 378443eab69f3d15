"use server";

import { revalidatePath } from "next/cache";
import { deleteCandidateCv } from "@/lib/candidate-profile/delete-candidate-cv";
import { saveCandidateProfile } from "@/lib/candidate-profile/save-candidate-profile";
import { candidateIdSchema, candidateProfileSchema } from "@/lib/candidate-profile/schemas";
import { endOwnSessions } from "@/lib/auth/end-own-sessions";
import { actionClientFor } from "@/lib/safe-action";
import { FIELD_ERRORS, withFieldErrors } from "@/lib/forms/with-field-errors";

export const saveOwnProfileAction = actionClientFor("candidate.editProfile")
  .inputSchema(candidateProfileSchema, FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await withFieldErrors(candidateProfileSchema, () => saveCandidateProfile({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/werkzoekende/profiel");
    return saved;
  });

export const deleteOwnCvAction = actionClientFor("candidate.editProfile")
  .inputSchema(candidateIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await deleteCandidateCv({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/werkzoekende/profiel");
    return result;
  });

/** "Uitloggen op alle apparaten": ends every session of the caller, this one included. */
export const endAllOwnSessionsAction = actionClientFor("session.endAll").action(async ({ ctx }) => endOwnSessions({ actor: ctx.actor }));
