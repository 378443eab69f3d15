import type { Role } from "@/generated/prisma/enums";

/** Dutch role names as the UI shows them. */
export const ROLE_LABELS: Record<Role, string> = {
  EMPLOYER: "Werkgever",
  JOBSEEKER: "Werkzoekende",
  ACCOUNT_MANAGER: "Accountmanager",
  JOB_MEDIATOR: "Bemiddelaar",
  REGIONAL_STAFF: "Regionale staf",
  ADMIN: "Beheerder",
};
