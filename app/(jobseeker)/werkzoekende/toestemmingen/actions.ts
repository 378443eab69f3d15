"use server";

import { revalidatePath } from "next/cache";
import { grantPartnerSharing } from "@/lib/consents/grant-partner-sharing";
import { revokeConsent } from "@/lib/consents/revoke-consent";
import { grantPartnerSharingSchema, revokeConsentSchema } from "@/lib/consents/schemas";
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
