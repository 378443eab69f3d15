export const DEMO_PASSWORD = "Werkcentrum2026!";

export const DEMO_USERS = {
  EMPLOYER: { email: "werkgever@demo.werkcentrum.nl", startPage: "/werkgever" },
  JOBSEEKER: { email: "werkzoekende@demo.werkcentrum.nl", startPage: "/werkzoekende" },
  ACCOUNT_MANAGER: { email: "accountmanager@demo.werkcentrum.nl", startPage: "/professional" },
  JOB_MEDIATOR: { email: "bemiddelaar@demo.werkcentrum.nl", startPage: "/professional" },
  REGIONAL_STAFF: { email: "staf@demo.werkcentrum.nl", startPage: "/dashboard" },
  ADMIN: { email: "beheer@demo.werkcentrum.nl", startPage: "/beheer" },
} as const;

export type DemoRole = keyof typeof DEMO_USERS;
