"use server";

import { revalidatePath } from "next/cache";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { publishSlot } from "@/lib/appointments/publish-slot";
import { cancelAppointmentSchema, publishSlotSchema, withdrawSlotSchema } from "@/lib/appointments/schemas";
import { withdrawSlot } from "@/lib/appointments/withdraw-slot";
import { actionClientFor } from "@/lib/safe-action";

export const publishSlotAction = actionClientFor("slot.publish")
  .inputSchema(publishSlotSchema)
  .action(async ({ parsedInput, ctx }) => {
    const slot = await publishSlot({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/professional/afspraken");
    return slot;
  });

export const withdrawSlotAction = actionClientFor("slot.publish")
  .inputSchema(withdrawSlotSchema)
  .action(async ({ parsedInput, ctx }) => {
    const slot = await withdrawSlot({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/professional/afspraken");
    return slot;
  });

export const cancelProfessionalAppointmentAction = actionClientFor("appointment.cancel")
  .inputSchema(cancelAppointmentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const appointment = await cancelAppointment({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/professional/afspraken");
    return appointment;
  });
