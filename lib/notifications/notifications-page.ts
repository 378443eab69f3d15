import type { Role } from "@/generated/prisma/enums";

/**
 * Where each role reads its notifications: the link of the daily digest. Regional staff and
 * administrators have no notification list; their digest leads to their start page.
 */
const NOTIFICATIONS_PAGES: Record<Role, string> = {
  EMPLOYER: "/werkgever/meldingen",
  JOBSEEKER: "/werkzoekende/meldingen",
  ACCOUNT_MANAGER: "/professional/meldingen",
  JOB_MEDIATOR: "/professional/meldingen",
  REGIONAL_STAFF: "/dashboard",
  ADMIN: "/beheer",
};

export function notificationsPageFor(role: Role): string {
  return NOTIFICATIONS_PAGES[role];
}
