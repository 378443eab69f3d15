"use server";

import { revalidatePath } from "next/cache";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { createPartner } from "@/lib/partners/create-partner";
import { createPartnerTeam } from "@/lib/partners/create-partner-team";
import { renamePartnerTeam } from "@/lib/partners/rename-partner-team";
import {
  createPartnerSchema,
  createPartnerTeamSchema,
  renamePartnerTeamSchema,
  setPartnerActiveSchema,
  updatePartnerSchema,
} from "@/lib/partners/schemas";
import { setPartnerActive } from "@/lib/partners/set-partner-active";
import { updatePartner } from "@/lib/partners/update-partner";
import { actionClientFor } from "@/lib/safe-action";

function revalidate() {
  revalidatePath("/beheer/partners", "layout");
  revalidatePath("/beheer/routering", "layout");
}

export const createPartnerAction = actionClientFor("referenceData.manage")
  .inputSchema(createPartnerSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await withFieldErrors(createPartnerSchema, () => createPartner({ actor: ctx.actor, input: parsedInput }));
    revalidate();
    return saved;
  });

export const updatePartnerAction = actionClientFor("referenceData.manage")
  .inputSchema(updatePartnerSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await updatePartner({ actor: ctx.actor, input: parsedInput });
    revalidate();
    return saved;
  });

export const setPartnerActiveAction = actionClientFor("referenceData.manage")
  .inputSchema(setPartnerActiveSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await setPartnerActive({ actor: ctx.actor, input: parsedInput });
    revalidate();
    return saved;
  });

export const createPartnerTeamAction = actionClientFor("referenceData.manage")
  .inputSchema(createPartnerTeamSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await withFieldErrors(createPartnerTeamSchema, () => createPartnerTeam({ actor: ctx.actor, input: parsedInput }));
    revalidate();
    return saved;
  });

export const renamePartnerTeamAction = actionClientFor("referenceData.manage")
  .inputSchema(renamePartnerTeamSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await withFieldErrors(renamePartnerTeamSchema, () => renamePartnerTeam({ actor: ctx.actor, input: parsedInput }));
    revalidate();
    return saved;
  });
