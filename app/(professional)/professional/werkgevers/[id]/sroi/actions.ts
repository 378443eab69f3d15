"use server";

import { revalidatePath } from "next/cache";
import { createSroiDossier } from "@/lib/sroi/create-sroi-dossier";
import { reviewSroiDelivery } from "@/lib/sroi/review-sroi-delivery";
import { createSroiDossierSchema, reviewSroiDeliverySchema, updateSroiDossierSchema } from "@/lib/sroi/schemas";
import { updateSroiDossier } from "@/lib/sroi/update-sroi-dossier";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";

// The domain functions parse the raw input themselves (the schemas turn amounts into BigInt cents).

export const createSroiDossierAction = actionClientFor("sroi.manage")
  .inputSchema(createSroiDossierSchema)
  .action(async ({ clientInput, ctx }) => {
    const dossier = await withFieldErrors(createSroiDossierSchema, () => createSroiDossier({ actor: ctx.actor, input: clientInput }));
    revalidatePath(`/professional/werkgevers/${dossier.organisationId}/sroi`);
    revalidatePath("/professional/sroi");
    return dossier;
  });

export const updateSroiDossierAction = actionClientFor("sroi.manage")
  .inputSchema(updateSroiDossierSchema)
  .action(async ({ clientInput, ctx }) => {
    const dossier = await withFieldErrors(updateSroiDossierSchema, () => updateSroiDossier({ actor: ctx.actor, input: clientInput }));
    revalidatePath(`/professional/werkgevers/${dossier.organisationId}/sroi`, "layout");
    revalidatePath("/professional/sroi");
    return dossier;
  });

export const reviewSroiDeliveryAction = actionClientFor("sroi.review")
  .inputSchema(reviewSroiDeliverySchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await reviewSroiDelivery({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/professional/werkgevers/${result.organisationId}/sroi`, "layout");
    revalidatePath("/professional/sroi");
    revalidatePath(`/werkgever/sroi/${result.dossierId}`);
    return { status: result.status };
  });
