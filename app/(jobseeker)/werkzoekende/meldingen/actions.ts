"use server";

import { revalidatePath } from "next/cache";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "@/lib/notifications/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const markNotificationReadAction = actionClientFor("notification.read")
  .inputSchema(markNotificationReadSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await markNotificationRead({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/werkzoekende", "layout");
    return result;
  });

export const markAllNotificationsReadAction = actionClientFor("notification.read")
  .inputSchema(markAllNotificationsReadSchema)
  .action(async ({ ctx }) => {
    const result = await markAllNotificationsRead({ actor: ctx.actor });
    revalidatePath("/werkzoekende", "layout");
    return result;
  });
