"use server";

import { revalidatePath } from "next/cache";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { bookAppointmentSchema, cancelAppointmentSchema } from "@/lib/appointments/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const bookAppointmentAction = actionClientFor("appointment.book")
  .inputSchema(bookAppointmentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const appointment = await bookAppointment({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/werkgever/afspraken");
    revalidatePath("/werkgever");
    return appointment;
  });

export const cancelEmployerAppointmentAction = actionClientFor("appointment.cancel")
  .inputSchema(cancelAppointmentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const appointment = await cancelAppointment({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/werkgever/afspraken");
    revalidatePath("/werkgever");
    return appointment;
  });
