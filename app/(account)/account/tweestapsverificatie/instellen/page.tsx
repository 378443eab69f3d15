import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LogoutButton } from "@/components/auth/logout-button";
import { Alert } from "@/components/ui";
import { isDemoMode } from "@/lib/auth/demo-accounts";
import { DEMO_MODE_NOTE } from "@/lib/auth/second-factor/messages";
import { SECOND_FACTOR_PAGE_PATH } from "@/lib/auth/second-factor/paths";
import { startSecondFactorEnrolment } from "@/lib/auth/second-factor/start-enrolment";
import { getActor, getEnrolmentActor } from "@/lib/auth/session";
import { startPageFor } from "@/lib/auth/start-page";
import { EnrolmentSection } from "../_components/enrolment-section";
import { confirmForcedEnrolmentAction } from "./actions";

export const metadata: Metadata = { title: "Tweestapsverificatie instellen" };

/**
 * Where a professional without a second factor lands after the password (decision 018). Only a session that
 * must enrol opens it; a normal session goes to the own 2FA page, no session to /inloggen.
 */
export default async function ForcedEnrolmentPage() {
  const actor = await getEnrolmentActor();
  if (!actor) redirect((await getActor()) ? SECOND_FACTOR_PAGE_PATH : "/inloggen");
  const enrolment = await startSecondFactorEnrolment({ actor });

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg">
      <h1 className="mb-4 text-3xl font-bold">Tweestapsverificatie instellen</h1>
      <p className="mb-6">
        U werkt met persoonsgegevens van inwoners. Daarom logt u in met uw wachtwoord én een code uit een app op uw telefoon
        (tweestapsverificatie). Stel dit nu in; daarna gaat u verder naar uw portaal.
      </p>
      {isDemoMode() ? (
        <Alert tone="info" title="Demo">
          <p>{DEMO_MODE_NOTE}</p>
        </Alert>
      ) : null}
      <EnrolmentSection
        qrSvg={enrolment.qrSvg}
        groupedSecret={enrolment.groupedSecret}
        action={confirmForcedEnrolmentAction}
        continueHref={startPageFor(actor.role)}
        continueLabel="Ik heb de codes bewaard, verder naar mijn portaal"
      />
      <section aria-labelledby="nu-niet" className="mt-10 border-t-2 border-gray-200 pt-6">
        <h2 id="nu-niet" className="mb-2 text-2xl font-bold">
          Lukt het nu niet?
        </h2>
        <p className="mb-4">Log dan uit. De volgende keer dat u inlogt, komt u weer hier.</p>
        <LogoutButton />
      </section>
    </div>
  );
}
