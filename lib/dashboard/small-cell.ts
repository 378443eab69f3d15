/**
 * Minimum cell size (product.md D1, permissions.md): a figure that describes 1–4 people is shown as
 * "< 5", so nobody can be recognised from a dashboard table or export. Zero stays 0: it describes
 * nobody. Apply this to every count of people (candidates, placements, proposals, handovers,
 * check-ins); counts of employers, vacancies or events are not about people and stay exact.
 */
export const MIN_CELL_SIZE = 5;
export const SUPPRESSED_LABEL = "< 5";

export type PeopleCell = { value: number | null; display: string };

export function peopleCell(count: number): PeopleCell {
  if (count > 0 && count < MIN_CELL_SIZE) return { value: null, display: SUPPRESSED_LABEL };
  return { value: count, display: count.toLocaleString("nl-NL") };
}

/** True when a figure derived from `count` people (an average, a share, a median) must be hidden. */
export function tooFewPeople(count: number): boolean {
  return count > 0 && count < MIN_CELL_SIZE;
}
