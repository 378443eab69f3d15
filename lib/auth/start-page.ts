import type { Role } from "@/generated/prisma/enums";
import { safeReturnPath } from "./safe-return-path";

const START_PAGES: Record<Role, string> = {
  EMPLOYER: "/werkgever",
  JOBSEEKER: "/werkzoekende",
  ACCOUNT_MANAGER: "/professional",
  JOB_MEDIATOR: "/professional",
  REGIONAL_STAFF: "/dashboard",
  ADMIN: "/beheer",
};

/** Where each role lands after logging in. */
export function startPageFor(role: Role): string {
  return START_PAGES[role];
}

/** The portal sections and the roles whose layout lets them in. */
export const PORTAL_ROLES: Record<string, readonly Role[]> = {
  "/werkgever": ["EMPLOYER"],
  "/werkzoekende": ["JOBSEEKER"],
  "/professional": ["ACCOUNT_MANAGER", "JOB_MEDIATOR"],
  "/dashboard": ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"],
  "/beheer": ["ADMIN"],
  "/account": ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"],
};

function portalOf(path: string): string | undefined {
  return Object.keys(PORTAL_ROLES).find(
    (prefix) => path === prefix || (path.startsWith(prefix) && "/?#".includes(path.charAt(prefix.length))),
  );
}

/**
 * After login: the safe `?terug=` path when this role may open it, else the role's start page
 * (so nobody is sent from the login straight to "Geen toegang").
 */
export function landingPathFor(role: Role, terug: unknown): string {
  const path = safeReturnPath(terug);
  if (!path) return startPageFor(role);
  const portal = portalOf(path);
  if (portal && !PORTAL_ROLES[portal]?.includes(role)) return startPageFor(role);
  return path;
}
