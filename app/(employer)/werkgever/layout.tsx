import { EmployerNav } from "@/components/portal/employer-nav";
import { EmailVerificationBanner } from "@/components/auth/email-verification-banner";
import { isEmailVerified } from "@/lib/auth/email-verification-gate";
import { gatePortalLayout } from "@/lib/auth/portal-gate";
import { getActor } from "@/lib/auth/session";
import { resendVerificationMailAction } from "./actions";

/** Redirect-only gate; the real checks live in every action and data query. */
export default async function EmployerLayout({ children }: { children: React.ReactNode }) {
  await gatePortalLayout("/werkgever");
  // Visitors reach /werkgever/registreren without an account: no portal navigation for them.
  const actor = await getActor();
  return (
    <>
      {actor?.role === "EMPLOYER" ? <EmployerNav actor={actor} /> : null}
      {actor?.role === "EMPLOYER" && !(await isEmailVerified(actor.userId)) ? <EmailVerificationBanner action={resendVerificationMailAction} /> : null}
      {children}
    </>
  );
}
