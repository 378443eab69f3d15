import { ProfessionalNav } from "@/components/portal/professional-nav";
import { gatePortalLayout } from "@/lib/auth/portal-gate";
import { getActor } from "@/lib/auth/session";

/** Redirect-only gate; the real checks live in every action and data query. */
export default async function ProfessionalLayout({ children }: { children: React.ReactNode }) {
  await gatePortalLayout("/professional");
  const actor = await getActor();
  const showNav = actor?.role === "ACCOUNT_MANAGER" || actor?.role === "JOB_MEDIATOR";
  return (
    <>
      {showNav ? <ProfessionalNav actor={actor} /> : null}
      {children}
    </>
  );
}
