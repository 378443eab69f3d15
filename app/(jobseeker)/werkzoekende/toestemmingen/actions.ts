"use server";

import { revalidatePath } from "next/cache";
import { answerConsentRequest } from "@/lib/consents/answer-consent-request";
import { grantPartnerSharing } from "@/lib/consents/grant-partner-sharing";
import { revokeConsent } from "@/lib/consents/revoke-consent";
import { answerConsentRequestSchema, grantPartnerSharingSchema, revokeConsentSchema } from "@/lib/consents/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const grantPartnerSharingAction = actionClientFor("consent.manage")
  .inputSchema(grantPartnerSharingSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await grantPartnerSharing({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/werkzoekende/toestemmingen");
    return result;
  });

export const revokeConsentAction = actionClientFor("consent.manage")
  .inputSchema(revokeConsentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await revokeConsent({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/werkzoekende/toestemmingen");
    return result;
  });

export const answerConsentRequestAction = actionClientFor("proposal.consent")
  .inputSchema(answerConsentRequestSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await answerConsentRequest({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/werkzoekende/toestemmingen");
    revalidatePath("/werkzoekende");
    return result;
  });
