/** Wrong codes in a row that cost nothing: a typo or a code that changed while typing. */
export const FREE_FAILURES = 5;
/** The first wait after the free failures; it doubles with each further failure… */
export const FIRST_WAIT_MS = 30_000;
/** …up to a quarter of an hour: never longer, so someone who knows the password cannot lock the owner out for long. */
export const MAX_WAIT_MS = 15 * 60 * 1000;

/**
 * How long after the last wrong code the next attempt must wait, given the wrong codes in a row:
 * 0 for the first five, then 30 s, 1, 2, 4, 8 minutes and 15 minutes from then on. About a dozen
 * guesses an hour against 3 valid codes in a million keeps guessing hopeless (RFC 6238 §5.2).
 */
export function secondFactorWaitMs(failuresInARow: number): number {
  if (failuresInARow < FREE_FAILURES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failuresInARow - FREE_FAILURES), MAX_WAIT_MS);
}
