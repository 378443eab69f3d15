"use server";

import { revalidatePath } from "next/cache";
import { updateProfessionalProfile } from "@/lib/auth/professional-profile/update-professional-profile";
import { professionalProfileSchema } from "@/lib/auth/professional-profile/schemas";
import { endOwnSessions } from "@/lib/auth/end-own-sessions";
import { actionClientFor } from "@/lib/safe-action";

export const updateProfessionalProfileAction = actionClientFor("professionalProfile.edit")
  .inputSchema(professionalProfileSchema)
  .action(async ({ parsedInput, ctx }) => {
    const profile = await updateProfessionalProfile({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/professional/profiel");
    return profile;
  });

/** "Uitloggen op alle apparaten": ends every session of the caller, this one included. */
export const endAllOwnSessionsAction = actionClientFor("session.endAll").action(async ({ ctx }) => endOwnSessions({ actor: ctx.actor }));
