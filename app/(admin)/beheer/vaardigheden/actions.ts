"use server";

import { revalidatePath } from "next/cache";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { actionClientFor } from "@/lib/safe-action";
import { createSkill } from "@/lib/skills/create-skill";
import { renameSkill } from "@/lib/skills/rename-skill";
import { createSkillSchema, renameSkillSchema, setSkillRetiredSchema } from "@/lib/skills/schemas";
import { setSkillRetired } from "@/lib/skills/set-skill-retired";

export const createSkillAction = actionClientFor("referenceData.manage")
  .inputSchema(createSkillSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await withFieldErrors(createSkillSchema, () => createSkill({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/beheer/vaardigheden", "layout");
    return saved;
  });

export const renameSkillAction = actionClientFor("referenceData.manage")
  .inputSchema(renameSkillSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await withFieldErrors(renameSkillSchema, () => renameSkill({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/beheer/vaardigheden", "layout");
    return saved;
  });

export const setSkillRetiredAction = actionClientFor("referenceData.manage")
  .inputSchema(setSkillRetiredSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await setSkillRetired({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/beheer/vaardigheden", "layout");
    return saved;
  });
