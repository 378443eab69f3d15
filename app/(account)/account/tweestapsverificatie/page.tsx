import type { Metadata } from "next";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { Alert } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getOwnSecondFactor } from "@/lib/auth/second-factor/get-own-second-factor";
import { isDemoMode } from "@/lib/auth/demo-accounts";
import { DEMO_EXEMPT_MESSAGE, DEMO_MODE_NOTE, MUST_KEEP_MESSAGE } from "@/lib/auth/second-factor/messages";
import { SECOND_FACTOR_PAGE_PATH } from "@/lib/auth/second-factor/paths";
import { startSecondFactorEnrolment } from "@/lib/auth/second-factor/start-enrolment";
import { startPageFor } from "@/lib/auth/start-page";
import { formatDate } from "@/lib/format";
import { EnrolmentSection } from "./_components/enrolment-section";
import { SecondFactorSettings } from "./_components/second-factor-settings";
import { confirmEnrolmentAction, regenerateRecoveryCodesAction, turnOffSecondFactorAction } from "./actions";

export const metadata: Metadata = { title: "Tweestapsverificatie" };

/** The own second factor: status; turn on (QR code, confirm, recovery codes once); new recovery codes; turn off. */
export default async function SecondFactorPage() {
  const actor = await requirePortalActor("/account");
  const state = await getOwnSecondFactor({ actor });
  const enrolment = state.enabledAt || state.demoExempt ? null : await startSecondFactorEnrolment({ actor });

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg">
      <PortalBreadcrumbs
        crumbs={[
          { label: "Home", href: "/" },
          { label: "Mijn portaal", href: startPageFor(actor.role) },
          { label: "Mijn account", href: "/account" },
          { label: "Tweestapsverificatie" },
        ]}
      />
      <h1 className="mb-4 text-3xl font-bold">Tweestapsverificatie</h1>
      <p className="mb-6">
        Met tweestapsverificatie logt u in met uw wachtwoord én een code uit een app op uw telefoon. Wie uw wachtwoord weet, komt dan nog niet
        in uw account.
      </p>

      {isDemoMode() ? (
        <Alert tone="info" title={state.demoExempt ? "Demo-account" : "Demo"}>
          <p>{state.demoExempt ? DEMO_EXEMPT_MESSAGE : DEMO_MODE_NOTE}</p>
        </Alert>
      ) : null}

      <section aria-labelledby="status" className="mb-8">
        <h2 id="status" className="mb-2 text-2xl font-bold">
          Status
        </h2>
        {state.enabledAt ? (
          <>
            <p className="font-semibold">Tweestapsverificatie staat aan sinds {formatDate(state.enabledAt)}.</p>
            <p>U heeft nog {state.recoveryCodesLeft} van de 10 herstelcodes over.</p>
          </>
        ) : (
          <p className="font-semibold">Tweestapsverificatie staat uit.</p>
        )}
        {state.required && state.enabledAt ? <p className="mt-2">{MUST_KEEP_MESSAGE}</p> : null}
      </section>

      {enrolment ? (
        <EnrolmentSection
          qrSvg={enrolment.qrSvg}
          groupedSecret={enrolment.groupedSecret}
          action={confirmEnrolmentAction}
          continueHref={SECOND_FACTOR_PAGE_PATH}
          continueLabel="Ik heb de codes bewaard"
        />
      ) : null}

      {state.enabledAt ? (
        <SecondFactorSettings regenerateAction={regenerateRecoveryCodesAction} turnOffAction={state.mayTurnOff ? turnOffSecondFactorAction : undefined} />
      ) : null}
    </div>
  );
}
