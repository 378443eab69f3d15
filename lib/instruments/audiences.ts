/**
 * "Voor wie" filters for the instrument guide.
 *
 * Choice: the `forWhom` field is free Dutch text ("Werknemers met een arbeidsbeperking",
 * "WW-gerechtigden", "Werkgevers, vooral mkb", …). Rather than adding a column, we group it into five
 * audiences a visitor recognises, each defined by keywords that occur in that text. The filter is a
 * case-insensitive "contains any keyword" on `forWhom` in the database query, so a new instrument is
 * found as soon as its text uses one of these words. An instrument can belong to several audiences.
 * The unit test checks every instrument in prisma/seed-data/instruments.json falls in at least one.
 */
export const AUDIENCES = [
  {
    key: "werkgevers",
    label: "Werkgevers",
    keywords: ["werkgever", "opdrachtnemer"],
  },
  {
    key: "werkzoekenden",
    label: "Werkzoekenden en werkenden",
    keywords: ["werkzoekend", "werkend", "inwoner", "kandidaten", "gerechtigd"],
  },
  {
    key: "uitkering",
    label: "Mensen met een uitkering",
    // "ww" also matches "WW-gerechtigden"; no other Dutch word in this data contains "ww".
    keywords: ["uitkering", "participatiewet", "ww", "wajong", "wia"],
  },
  {
    key: "arbeidsbeperking",
    label: "Mensen met een arbeidsbeperking",
    keywords: ["arbeidsbeperking", "arbeidshandicap", "doelgroepregister", "doelgroepverklaring", "wajong", "wia", "loonwaarde"],
  },
  {
    key: "jongeren",
    label: "Jongeren en mensen zonder startkwalificatie",
    keywords: ["jongeren", "startkwalificatie"],
  },
] as const;

export type AudienceKey = (typeof AUDIENCES)[number]["key"];

export const AUDIENCE_KEYS = AUDIENCES.map((audience) => audience.key) as [AudienceKey, ...AudienceKey[]];

export function audienceKeywords(key: AudienceKey): readonly string[] {
  return AUDIENCES.find((audience) => audience.key === key)?.keywords ?? [];
}

export function audienceLabel(key: AudienceKey): string {
  return AUDIENCES.find((audience) => audience.key === key)?.label ?? key;
}

/** The audiences a `forWhom` text belongs to — the same rule the database query applies. */
export function deriveAudiences(forWhom: string): AudienceKey[] {
  const text = forWhom.toLowerCase();
  return AUDIENCES.filter((audience) => audience.keywords.some((keyword) => text.includes(keyword))).map(
    (audience) => audience.key,
  );
}
