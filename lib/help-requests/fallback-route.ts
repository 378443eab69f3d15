/**
 * Where a request goes when no active rule fits (an admin switched the last one off, or only
 * age-limited rules are left): the municipality's Werkcentrum team, with the default norm. Never
 * silently dropped; a warning is logged with the question code only.
 * See docs/decisions/007-help-request-routing.md.
 */
export const FALLBACK_ROUTE = { partnerCode: "GEMEENTE", team: "Werkcentrum – team Werkzoekenden", normWorkingDays: 5 } as const;
