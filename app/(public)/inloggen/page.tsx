import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui";
import { PASSWORD_CHANGED_MESSAGE, PASSWORD_CHANGED_PARAM } from "@/lib/account/messages";
import { loginErrorMessage } from "@/lib/auth/login-messages";
import { EMAIL_CHANGED_MESSAGE, EMAIL_CHANGED_PARAM } from "@/lib/email-verification/messages";
import { PASSWORD_RESET_DONE_MESSAGE, PASSWORD_RESET_DONE_PARAM } from "@/lib/password-reset/messages";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { INVITATION_ACCEPTED_MESSAGE, INVITATION_ACCEPTED_PARAM } from "@/lib/users/messages";
import { isDemoMode } from "@/lib/auth/demo-accounts";
import { DEMO_MODE_NOTE } from "@/lib/auth/second-factor/messages";
import { SECOND_FACTOR_ENROLMENT_PATH } from "@/lib/auth/second-factor/paths";
import { getActor, getEnrolmentActor } from "@/lib/auth/session";
import { landingPathFor } from "@/lib/auth/start-page";

export const metadata: Metadata = { title: "Inloggen" };

/** What a page that sent the user here after a change of password or address, or an accepted invitation, tells them. */
const DONE_NOTICES = [
  { param: PASSWORD_RESET_DONE_PARAM, title: "Wachtwoord gewijzigd", message: PASSWORD_RESET_DONE_MESSAGE },
  { param: PASSWORD_CHANGED_PARAM, title: "Wachtwoord gewijzigd", message: PASSWORD_CHANGED_MESSAGE },
  { param: EMAIL_CHANGED_PARAM, title: "E-mailadres gewijzigd", message: EMAIL_CHANGED_MESSAGE },
  { param: INVITATION_ACCEPTED_PARAM, title: "Wachtwoord ingesteld", message: INVITATION_ACCEPTED_MESSAGE },
];

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const terug = typeof params.terug === "string" ? params.terug : undefined;

  const actor = await getActor();
  if (actor) redirect(landingPathFor(actor.role, terug));
  // A professional who signed in with the password but has no second factor yet enrols first.
  if (await getEnrolmentActor()) redirect(SECOND_FACTOR_ENROLMENT_PATH);

  // next-auth sends failed form posts without JavaScript back here with ?error=<code>.
  const error = typeof params.error === "string" ? loginErrorMessage(params.error) : undefined;

  return (
    <div className="mx-auto max-w-2xl px-4 py-8 text-lg">
      <h1 className="mb-4 text-3xl font-bold">Inloggen</h1>
      {DONE_NOTICES.filter((notice) => params[notice.param]).map((notice) => (
        <div key={notice.param} role="status" className="mb-6">
          <Alert tone="success" title={notice.title}>
            <p>{notice.message}</p>
          </Alert>
        </div>
      ))}
      <p className="mb-6">Log in met uw e-mailadres en wachtwoord.</p>
      {isDemoMode() ? (
        <Alert tone="info" title="Demo: inloggen zonder tweestapsverificatie">
          <p>{DEMO_MODE_NOTE}</p>
        </Alert>
      ) : null}
      <LoginForm returnPath={safeReturnPath(terug)} initialError={error} />
      <p className="mt-4">
        <Link href="/wachtwoord-vergeten" className="underline underline-offset-2">
          Wachtwoord vergeten?
        </Link>
      </p>
      <section className="mt-10 border-t pt-6" aria-labelledby="geen-account">
        <h2 id="geen-account" className="text-xl font-bold">
          Nog geen account?
        </h2>
        <ul className="mt-2 list-disc pl-6">
          <li>
            <Link href="/werkgever/registreren" className="underline underline-offset-2">
              Meld uw organisatie aan als werkgever
            </Link>
          </li>
          <li>
            <Link href="/werkzoekende/aanmelden" className="underline underline-offset-2">
              Meld u aan als u werk zoekt
            </Link>
          </li>
        </ul>
        <p className="mt-4">Lukt inloggen niet? Neem contact op met het Werkcentrum.</p>
      </section>
    </div>
  );
}
