"use server";

import { revalidatePath } from "next/cache";
import { cancelEvent } from "@/lib/events/cancel-event";
import { createEvent } from "@/lib/events/create-event";
import { recordAttendance } from "@/lib/events/record-attendance";
import { cancelEventSchema, createEventSchema, recordAttendanceSchema } from "@/lib/events/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const createEventAction = actionClientFor("event.manage")
  .inputSchema(createEventSchema)
  .action(async ({ clientInput, ctx }) => {
    // The domain function parses again (it needs the raw date and times, not the transformed theme).
    const event = await createEvent({ actor: ctx.actor, input: clientInput });
    revalidatePath("/professional/evenementen");
    revalidatePath("/evenementen");
    return event;
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
