/**
 * Minimum cell size (product.md D1, permissions.md): a figure that describes 1–4 people is shown as
 * "< 5", so nobody can be recognised from a dashboard table or export. Zero stays 0: it describes
 * nobody. Apply this to every count of people (candidates, placements, proposals, handovers,
 * check-ins); counts of employers, vacancies or events are not about people and stay exact.
 */
export const MIN_CELL_SIZE = 5;
export const SUPPRESSED_LABEL = "< 5";
/** A count of 5 or more hidden so that a "< 5" cell cannot be worked out from the others (decision 024). */
export const HIDDEN_LABEL = "verborgen";
/** The footnote of every table with hidden cells (page, report and CSV readers see the same labels). */
export const SUPPRESSION_NOTE =
  "“< 5”: 1 tot en met 4 personen. “verborgen”: een aantal dat niet getoond wordt, omdat anders een “< 5” uit de andere cijfers (een totaal, een percentage) te berekenen zou zijn.";

export type PeopleCell = { value: number | null; display: string };

/** True for a cell hidden by the small-numbers rule, either label. */
export function isSuppressedCell(cell: { value: unknown; display: string } | undefined): boolean {
  return cell?.value === null && (cell.display === SUPPRESSED_LABEL || cell.display === HIDDEN_LABEL);
}

export function peopleCell(count: number): PeopleCell {
  if (count > 0 && count < MIN_CELL_SIZE) return { value: null, display: SUPPRESSED_LABEL };
  return { value: count, display: count.toLocaleString("nl-NL") };
}

/** True when a figure derived from `count` people (an average, a share, a median) must be hidden. */
export function tooFewPeople(count: number): boolean {
  return count > 0 && count < MIN_CELL_SIZE;
}
