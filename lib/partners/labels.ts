/** The kinds of partner organisation (as stored in `PartnerOrganisation.kind`), in Dutch. */
export const PARTNER_KIND_LABELS = {
  public: "Overheid of publieke dienst",
  education: "Onderwijs",
  "social-enterprise": "Sociale onderneming",
  "social-partner": "Sociale partner",
  network: "Netwerk",
} as const;

export type PartnerKind = keyof typeof PARTNER_KIND_LABELS;
export const PARTNER_KINDS = Object.keys(PARTNER_KIND_LABELS) as [PartnerKind, ...PartnerKind[]];

/** The label of a stored kind; an unknown kind (older data) is shown as it is. */
export function partnerKindLabel(kind: string): string {
  return (PARTNER_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}
