/**
 * The six demo accounts the demo seed creates. Plain data without imports, so the start script and the
 * seed read the same list as the sign-in check (which exempts them from the second factor in demo mode).
 */
export const DEMO_ACCOUNTS = [
  { role: "EMPLOYER", label: "werkgever", email: "werkgever@demo.werkcentrum.nl" },
  { role: "JOBSEEKER", label: "werkzoekende", email: "werkzoekende@demo.werkcentrum.nl" },
  { role: "ACCOUNT_MANAGER", label: "accountmanager", email: "accountmanager@demo.werkcentrum.nl" },
  { role: "JOB_MEDIATOR", label: "bemiddelaar", email: "bemiddelaar@demo.werkcentrum.nl" },
  { role: "REGIONAL_STAFF", label: "regionale staf", email: "staf@demo.werkcentrum.nl" },
  { role: "ADMIN", label: "beheerder", email: "beheer@demo.werkcentrum.nl" },
] as const;

/** Demo mode: `npm start` without DATABASE_URL and the e2e server set DEMO_MODE=on; nothing else does. */
export function isDemoMode(): boolean {
  return process.env.DEMO_MODE === "on";
}

/** A demo account signs in with the password alone, and only in demo mode (decision 018). */
export function isSecondFactorExempt(email: string): boolean {
  return isDemoMode() && DEMO_ACCOUNTS.some((account) => account.email === email.trim().toLowerCase());
}
