/** "over 40 seconden", "over 1 minuut", "over 12 minuten": when the form may be sent again. */
export function tryAgainIn(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  if (seconds < 60) return `over ${seconds} ${seconds === 1 ? "seconde" : "seconden"}`;
  const minutes = Math.ceil(seconds / 60);
  return `over ${minutes} ${minutes === 1 ? "minuut" : "minuten"}`;
}

/** Shown next to a signed-in form on a public page whose limit per account is reached. */
export function tooOftenMessage(waitMs: number): string {
  return `U heeft dit te vaak gedaan. Probeer het ${tryAgainIn(waitMs)} opnieuw.`;
}

/** Shown next to a public form whose limit per client is reached. */
export function tooManyRequestsMessage(waitMs: number): string {
  return `Dit formulier is vanaf uw verbinding te vaak verstuurd. Probeer het ${tryAgainIn(waitMs)} opnieuw.`;
}
