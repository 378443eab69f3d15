import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { safeReturnPath } from "./safe-return-path";
import { SECOND_FACTOR_ENROLMENT_PATH } from "./second-factor/paths";
import { getActor, getEnrolmentActor } from "./session";
import { PORTAL_ROLES } from "./start-page";

export type Portal = keyof typeof PORTAL_ROLES;

/** Portal pages anyone may open (the first step of registering creates the account). */
export const PUBLIC_PORTAL_PATHS = ["/werkgever/registreren", "/werkzoekende/aanmelden"];

function isPublicPortalPath(path: string | null): boolean {
  const pathname = path?.split(/[?#]/)[0];
  return !!pathname && PUBLIC_PORTAL_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

// Layouts do not know the URL; the proxy may pass it as `x-pathname`. Without it we fall back to
// the portal's start page as the return path.
async function currentPath(): Promise<string | null> {
  return safeReturnPath((await headers()).get("x-pathname"));
}

function isEnrolmentPath(path: string | null): boolean {
  return path?.split(/[?#]/)[0] === SECOND_FACTOR_ENROLMENT_PATH;
}

/**
 * Redirects when the actor may not open this portal: a session that must enrol a second factor → the
 * enrolment page, not logged in → /inloggen?terug=…, wrong role → /geen-toegang. Convenience only: every
 * action and data query checks the actor itself.
 */
export async function requirePortalActor(portal: Portal): Promise<Actor> {
  const actor = await getActor();
  if (!actor && (await getEnrolmentActor())) redirect(SECOND_FACTOR_ENROLMENT_PATH);
  if (!actor) redirect(`/inloggen?terug=${encodeURIComponent((await currentPath()) ?? portal)}`);
  if (!PORTAL_ROLES[portal]?.includes(actor.role)) redirect("/geen-toegang");
  return actor;
}

/**
 * For a portal layout: as requirePortalActor, but lets anyone through to the public portal pages, and to
 * the second-factor enrolment page (which admits only a session that must enrol, itself).
 */
export async function gatePortalLayout(portal: Portal): Promise<void> {
  const path = await currentPath();
  if (isPublicPortalPath(path) || isEnrolmentPath(path)) return;
  await requirePortalActor(portal);
}
