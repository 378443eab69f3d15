"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { cancelEvent } from "@/lib/events/cancel-event";
import { createEvent } from "@/lib/events/create-event";
import { recordAttendance } from "@/lib/events/record-attendance";
import { cancelEventSchema, createEventSchemaAt, recordAttendanceSchema, updateEventSchemaAt } from "@/lib/events/schemas";
import { EventFieldError, updateEvent } from "@/lib/events/update-event";
import { actionClientFor } from "@/lib/safe-action";
import { currentTime } from "@/lib/time/current-time";

export const createEventAction = actionClientFor("event.manage")
  // "In the future" is checked against the portal's time (the demo clock may be moved).
  .inputSchema(async () => createEventSchemaAt(await currentTime()))
  .action(async ({ clientInput, ctx }) => {
    // The domain function parses again (it needs the raw date and times, not the transformed theme).
    const event = await createEvent({ actor: ctx.actor, input: clientInput });
    revalidatePath("/professional/evenementen");
    revalidatePath("/evenementen");
    return event;
  });

export const updateEventAction = actionClientFor("event.manage")
  .inputSchema(async () => updateEventSchemaAt(await currentTime()))
  .action(async ({ clientInput, ctx }) => {
    try {
      const event = await updateEvent({ actor: ctx.actor, input: clientInput });
      revalidatePath("/professional/evenementen");
      revalidatePath(`/professional/evenementen/${event.id}`);
      revalidatePath("/evenementen");
      revalidatePath(`/evenementen/${event.id}`);
      return event;
    } catch (error) {
      // Capacity below the registrations, or an audience that excludes them: shown next to that field.
      if (error instanceof EventFieldError) {
        return returnValidationErrors(updateEventSchemaAt(), { [error.field]: { _errors: [error.userMessage] } });
      }
      throw error;
    }
  });

export const cancelEventAction = actionClientFor("event.manage")
  .inputSchema(cancelEventSchema)
  .action(async ({ parsedInput, ctx }) => {
    const event = await cancelEvent({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/professional/evenementen");
    revalidatePath(`/professional/evenementen/${event.id}`);
    revalidatePath("/evenementen");
    return event;
  });

export const recordAttendanceAction = actionClientFor("event.recordAttendance")
  .inputSchema(recordAttendanceSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await recordAttendance({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/professional/evenementen/${parsedInput.eventId}`);
    return result;
  });
