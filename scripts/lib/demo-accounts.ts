export const DEMO_PASSWORD = "Werkcentrum2026!";

export const DEMO_ACCOUNTS = [
  { role: "EMPLOYER", label: "werkgever", email: "werkgever@demo.werkcentrum.nl" },
  { role: "JOBSEEKER", label: "werkzoekende", email: "werkzoekende@demo.werkcentrum.nl" },
  { role: "ACCOUNT_MANAGER", label: "accountmanager", email: "accountmanager@demo.werkcentrum.nl" },
  { role: "JOB_MEDIATOR", label: "bemiddelaar", email: "bemiddelaar@demo.werkcentrum.nl" },
  { role: "REGIONAL_STAFF", label: "regionale staf", email: "staf@demo.werkcentrum.nl" },
  { role: "ADMIN", label: "beheerder", email: "beheer@demo.werkcentrum.nl" },
] as const;
