"use server";

import { revalidatePath } from "next/cache";
import { createLearningOffer } from "@/lib/learning-offers/create-learning-offer";
import { createLearningOfferSchema, setLearningOfferActiveSchema, updateLearningOfferSchema } from "@/lib/learning-offers/schemas";
import { setLearningOfferActive } from "@/lib/learning-offers/set-learning-offer-active";
import { updateLearningOffer } from "@/lib/learning-offers/update-learning-offer";
import { actionClientFor } from "@/lib/safe-action";

// The domain functions parse the raw input themselves (the start dates arrive as one text).

function revalidate() {
  revalidatePath("/beheer/leeraanbod");
  revalidatePath("/leeraanbod");
}

export const createLearningOfferAction = actionClientFor("learningOffer.manage")
  .inputSchema(createLearningOfferSchema)
  .action(async ({ clientInput, ctx }) => {
    const offer = await createLearningOffer({ actor: ctx.actor, input: clientInput });
    revalidate();
    return offer;
  });

export const updateLearningOfferAction = actionClientFor("learningOffer.manage")
  .inputSchema(updateLearningOfferSchema)
  .action(async ({ clientInput, ctx }) => {
    const offer = await updateLearningOffer({ actor: ctx.actor, input: clientInput });
    revalidate();
    return offer;
  });

export const setLearningOfferActiveAction = actionClientFor("learningOffer.manage")
  .inputSchema(setLearningOfferActiveSchema)
  .action(async ({ parsedInput, ctx }) => {
    const offer = await setLearningOfferActive({ actor: ctx.actor, input: parsedInput });
    revalidate();
    return offer;
  });
