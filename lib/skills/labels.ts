/** The kinds of skill in the taxonomy (`Skill.kind`), in Dutch. */
export const SKILL_KIND_LABELS = {
  vak: "Vakvaardigheid",
  basis: "Basisvaardigheid",
  certificaat: "Certificaat",
} as const;

export type SkillKind = keyof typeof SKILL_KIND_LABELS;
export const SKILL_KINDS = Object.keys(SKILL_KIND_LABELS) as [SkillKind, ...SkillKind[]];

export function skillKindLabel(kind: string): string {
  return (SKILL_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}
