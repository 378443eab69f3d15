"use server";

import { revalidatePath } from "next/cache";
import { FIELD_ERRORS, withFieldErrors } from "@/lib/forms/with-field-errors";
import { saveNotificationPreferences } from "@/lib/notification-preferences/save-notification-preferences";
import { notificationPreferencesSchema } from "@/lib/notification-preferences/schemas";
import { actionClientFor } from "@/lib/safe-action";

/** "Meldingen per e-mail": the caller's own choice per kind and the hour of their daily digest. */
export const saveNotificationPreferencesAction = actionClientFor("notificationPreferences.edit")
  .inputSchema(notificationPreferencesSchema, FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await withFieldErrors(notificationPreferencesSchema, () => saveNotificationPreferences({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/account/meldingen");
    return saved;
  });
