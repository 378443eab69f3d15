"use server";

import { revalidatePath } from "next/cache";
import { cancelRegistration } from "@/lib/events/cancel-registration";
import { registerForEvent } from "@/lib/events/register-for-event";
import { eventIdSchema } from "@/lib/events/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const registerForEventAction = actionClientFor("event.register")
  .inputSchema(eventIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const registration = await registerForEvent({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/evenementen/${parsedInput.eventId}`);
    revalidatePath("/evenementen");
    return registration;
  });

export const cancelRegistrationAction = actionClientFor("event.register")
  .inputSchema(eventIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const registration = await cancelRegistration({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/evenementen/${parsedInput.eventId}`);
    revalidatePath("/evenementen");
    return registration;
  });
