import { JobseekerNav } from "@/components/portal/jobseeker-nav";
import { EmailVerificationBanner } from "@/components/auth/email-verification-banner";
import { isEmailVerified } from "@/lib/auth/email-verification-gate";
import { gatePortalLayout } from "@/lib/auth/portal-gate";
import { getActor } from "@/lib/auth/session";
import { resendVerificationMailAction } from "./actions";

/** Redirect-only gate; the real checks live in every action and data query. */
export default async function JobseekerLayout({ children }: { children: React.ReactNode }) {
  await gatePortalLayout("/werkzoekende");
  // Visitors reach /werkzoekende/aanmelden without an account: no portal navigation for them.
  const actor = await getActor();
  return (
    <>
      {actor?.role === "JOBSEEKER" ? <JobseekerNav actor={actor} /> : null}
      {actor?.role === "JOBSEEKER" && !(await isEmailVerified(actor.userId)) ? <EmailVerificationBanner action={resendVerificationMailAction} /> : null}
      {children}
    </>
  );
}
