import { z } from "zod";
import { freeText } from "@/lib/forms/free-text";
import { firstValue, pageParam, searchText } from "@/lib/forms/search-params";
import { SKILL_KINDS } from "./labels";

/** The skills taxonomy (issue 14 O4, ADMIN). Shared by the forms and the server; no server imports. */

export const SKILL_LIMITS = { label: { min: 2, max: 100 }, code: { min: 2, max: 60 } } as const;
export const SKILL_PAGE_SIZE = 25;

const CODE_PATTERN = new RegExp(`^[a-z0-9]+(-[a-z0-9]+)*$`);
const CODE_MESSAGE = `De code bestaat uit ${SKILL_LIMITS.code.min} tot ${SKILL_LIMITS.code.max} kleine letters, cijfers en streepjes, bijvoorbeeld heftruck-rijden.`;
const NOT_FOUND = "Deze vaardigheid is niet gevonden.";

/** The code of an existing skill in a form or URL. */
export const skillCodeSchema = z.string({ error: NOT_FOUND }).trim().min(1, NOT_FOUND).max(SKILL_LIMITS.code.max, NOT_FOUND);

export const skillLabelSchema = freeText({ required: "Vul de naam van de vaardigheid in.", ...SKILL_LIMITS.label });

/** A new skill: the code is given, or made from the label when left empty. Trade skills belong to an occupation class. */
export const createSkillSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .default("")
      .refine((code) => code === "" || (code.length >= SKILL_LIMITS.code.min && code.length <= SKILL_LIMITS.code.max && CODE_PATTERN.test(code)), {
        error: CODE_MESSAGE,
      }),
    label: skillLabelSchema,
    kind: z.enum(SKILL_KINDS, { error: "Kies de soort vaardigheid." }),
    occupationClassCode: z
      .string()
      .trim()
      .max(20)
      .nullish()
      .transform((code) => code || null),
  })
  .superRefine((skill, context) => {
    if (skill.kind === "vak" && !skill.occupationClassCode) {
      context.addIssue({ code: "custom", path: ["occupationClassCode"], message: "Kies de beroepsklasse van deze vakvaardigheid." });
    }
  });

export const renameSkillSchema = z.object({ code: skillCodeSchema, label: skillLabelSchema });
export const setSkillRetiredSchema = z.object({ code: skillCodeSchema, retired: z.boolean() });

export const SKILL_STATUSES = ["actief", "vervallen", "alle"] as const;
export type SkillStatusFilter = (typeof SKILL_STATUSES)[number];

/** The list's GET form (?q=…&soort=…&status=…&pagina=…); anything odd falls back to the default. */
export const skillListFilterSchema = z.object({
  q: searchText(80),
  soort: z.preprocess(firstValue, z.enum(SKILL_KINDS).optional().catch(undefined)),
  status: z.preprocess(firstValue, z.enum(SKILL_STATUSES).catch("actief").default("actief")),
  pagina: pageParam,
});

export type SkillFormValues = z.input<typeof createSkillSchema>;
export type SkillListFilter = z.output<typeof skillListFilterSchema>;
