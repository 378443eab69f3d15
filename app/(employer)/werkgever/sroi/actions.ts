"use server";

import { revalidatePath } from "next/cache";
import { reportSroiDelivery } from "@/lib/sroi/report-sroi-delivery";
import { reportSroiDeliverySchema } from "@/lib/sroi/schemas";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";

export const reportSroiDeliveryAction = actionClientFor("sroi.report")
  .inputSchema(reportSroiDeliverySchema)
  .action(async ({ clientInput, ctx }) => {
    // The domain function parses the raw input itself (the schema turns the value into BigInt cents).
    const result = await withFieldErrors(reportSroiDeliverySchema, () => reportSroiDelivery({ actor: ctx.actor, input: clientInput }));
    revalidatePath("/werkgever/sroi");
    revalidatePath(`/werkgever/sroi/${result.dossierId}`);
    return { id: result.id };
  });
