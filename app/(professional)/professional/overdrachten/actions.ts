"use server";

import { acceptHandover } from "@/lib/handovers/accept-handover";
import { cancelHandover } from "@/lib/handovers/cancel-handover";
import { recordFirstContact } from "@/lib/handovers/record-first-contact";
import { refuseHandover } from "@/lib/handovers/refuse-handover";
import { firstContactSchema, handoverIdSchema, refuseHandoverSchema } from "@/lib/handovers/schemas";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";

// Accept, refuse, cancel and first contact do not revalidate the page: the row would move or vanish and take
// its "Aangenomen" / "Afgewezen" message with it. The page is dynamic and reads fresh data on every visit.

export const acceptHandoverAction = actionClientFor("handover.decide")
  .inputSchema(handoverIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await acceptHandover({ actor: ctx.actor, input: parsedInput });
    return { id: result.id, candidateId: result.candidateId };
  });

export const refuseHandoverAction = actionClientFor("handover.decide")
  .inputSchema(refuseHandoverSchema)
  .action(async ({ parsedInput, ctx }) => {
    return refuseHandover({ actor: ctx.actor, input: parsedInput });
  });

export const cancelHandoverAction = actionClientFor("handover.cancel")
  .inputSchema(handoverIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    return cancelHandover({ actor: ctx.actor, input: parsedInput });
  });

export const recordFirstContactAction = actionClientFor("handover.decide")
  .inputSchema(firstContactSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(firstContactSchema, () => recordFirstContact({ actor: ctx.actor, input: parsedInput }));
    return { id: result.id };
  });
