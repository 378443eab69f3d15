import { z } from "zod";
import { freeText } from "@/lib/forms/free-text";
import { submissionKeySchema } from "@/lib/forms/submission-key";
import workReadiness from "@/prisma/seed-data/work-readiness.json" with { type: "json" };
import { SCORE_SCALE } from "./schemas";

/** The ADMIN form for a new version of the werkfit rule (issue 14 O4); shared by form and server, no server imports. */

/** The shared language of the region (work-readiness.json): a rule scores a selection of these. */
export const KNOWN_EMPLOYEE_SKILLS: readonly string[] = workReadiness.employeeSkills;
export const KNOWN_LIFE_DOMAINS: readonly string[] = workReadiness.lifeDomains;

export const RULE_DESCRIPTION_LIMITS = { min: 20, max: 2000 } as const;
const LOWEST_SCORE: number = SCORE_SCALE[0].value;
const HIGHEST_SCORE: number = SCORE_SCALE[3].value;

function selectionOf(known: readonly string[], messages: { empty: string; unknown: string; twice: string }) {
  return z
    .array(z.string(), { error: messages.empty })
    .min(1, messages.empty)
    .refine((names) => names.every((name) => known.includes(name)), { error: messages.unknown })
    .refine((names) => new Set(names).size === names.length, { error: messages.twice })
    // Stored in the order of the shared language, whatever order the form sent.
    .transform((names) => known.filter((name) => names.includes(name)));
}

const wholeNumber = (message: string, min: number, max: number) => z.number({ error: message }).int(message).min(min, message).max(max, message);

export const newWorkReadinessRuleSchema = z
  .object({
    submissionKey: submissionKeySchema,
    description: freeText({
      required: "Beschrijf de regel in gewone taal.",
      min: RULE_DESCRIPTION_LIMITS.min,
      tooShort: `Beschrijf de regel in minimaal ${RULE_DESCRIPTION_LIMITS.min} tekens.`,
      max: RULE_DESCRIPTION_LIMITS.max,
      tooLong: `De beschrijving mag maximaal ${RULE_DESCRIPTION_LIMITS.max} tekens hebben.`,
    }),
    employeeSkills: selectionOf(KNOWN_EMPLOYEE_SKILLS, {
      empty: "Kies minimaal één werknemersvaardigheid.",
      unknown: "Kies alleen werknemersvaardigheden uit de lijst.",
      twice: "Kies elke werknemersvaardigheid maar één keer.",
    }),
    lifeDomains: selectionOf(KNOWN_LIFE_DOMAINS, {
      empty: "Kies minimaal één leefgebied.",
      unknown: "Kies alleen leefgebieden uit de lijst.",
      twice: "Kies elk leefgebied maar één keer.",
    }),
    minEmployeeSkillScore: wholeNumber(`Kies een score van ${LOWEST_SCORE + 1} tot en met ${HIGHEST_SCORE}.`, LOWEST_SCORE + 1, HIGHEST_SCORE),
    maxEmployeeSkillsBelow: wholeNumber("Kies een aantal van 0 of meer.", 0, KNOWN_EMPLOYEE_SKILLS.length),
    lowestAllowedBelowScore: wholeNumber(`Kies een score van ${LOWEST_SCORE} tot en met ${HIGHEST_SCORE - 1}.`, LOWEST_SCORE, HIGHEST_SCORE - 1),
    blockingLifeDomainScore: wholeNumber(`Kies een score van ${LOWEST_SCORE} tot en met ${HIGHEST_SCORE - 1}.`, LOWEST_SCORE, HIGHEST_SCORE - 1),
  })
  .superRefine((rule, ctx) => {
    if (rule.lowestAllowedBelowScore >= rule.minEmployeeSkillScore) {
      ctx.addIssue({ code: "custom", path: ["lowestAllowedBelowScore"], message: "Deze score moet lager zijn dan de minimumscore voor werknemersvaardigheden." });
    }
    if (rule.maxEmployeeSkillsBelow > rule.employeeSkills.length) {
      ctx.addIssue({ code: "custom", path: ["maxEmployeeSkillsBelow"], message: "Dit aantal mag niet groter zijn dan het aantal gekozen werknemersvaardigheden." });
    }
  });

export type NewWorkReadinessRuleInput = z.input<typeof newWorkReadinessRuleSchema>;
export type NewWorkReadinessRule = z.output<typeof newWorkReadinessRuleSchema>;

type Thresholds = Pick<NewWorkReadinessRule, "minEmployeeSkillScore" | "maxEmployeeSkillsBelow" | "lowestAllowedBelowScore" | "blockingLifeDomainScore"> & {
  employeeSkills: readonly string[];
  lifeDomains: readonly string[];
};

const scoreName = (value: number) => {
  const label = SCORE_SCALE.find((step) => step.value === value)?.label;
  return label ? `${value} (${label.toLowerCase()})` : String(value);
};

/** The rule in one Dutch sentence, computed from the thresholds, so the explanation always matches what is computed. */
export function explainWorkReadinessRule(rule: Thresholds): string {
  const skills = `alle ${rule.employeeSkills.length} werknemersvaardigheden`;
  const minimum = `minimaal ${scoreName(rule.minEmployeeSkillScore)}`;
  const below =
    rule.maxEmployeeSkillsBelow === 0
      ? ""
      : rule.lowestAllowedBelowScore === rule.minEmployeeSkillScore - 1
        ? `, behalve hooguit ${rule.maxEmployeeSkillsBelow} die ${scoreName(rule.lowestAllowedBelowScore)} scoren`
        : `, behalve hooguit ${rule.maxEmployeeSkillsBelow} die ${scoreName(rule.lowestAllowedBelowScore)} of hoger scoren`;
  const domains = `geen van de ${rule.lifeDomains.length} leefgebieden scoort ${scoreName(rule.blockingLifeDomainScore)}${rule.blockingLifeDomainScore > LOWEST_SCORE ? " of lager" : ""}`;
  return `Een kandidaat is werkfit als ${skills} ${minimum} scoren${below}, en ${domains}.`;
}
