import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader } from "@/components/ui";
import { getActor } from "@/lib/auth/session";
import { getOwnSharingConsent } from "@/lib/help-requests/get-own-sharing-consent";
import { OUTSIDE_REGION } from "@/lib/help-requests/schemas";
import { findRegionMunicipalities } from "@/lib/organisations/find-region-municipalities";
import { HelpQuestionForm } from "./_components/help-question-form";
import { RegistrationForm } from "./_components/registration-form";

export const metadata: Metadata = { title: "Aanmelden als werkzoekende" };

/**
 * J1: a visitor registers with a help question; a logged-in resident asks a new one. Public path
 * (lib/auth/portal-gate.ts); the actions check who may do what.
 */
export default async function JobseekerRegistrationPage() {
  const actor = await getActor();

  if (actor?.role === "JOBSEEKER") {
    const sharing = await getOwnSharingConsent(actor);
    return (
      <>
        <PageHeader
          title="Hulpvraag stellen"
          breadcrumbs={[{ label: "Mijn traject", href: "/werkzoekende" }, { label: "Hulpvraag stellen" }]}
          lead="Vertel ons waar u hulp bij wilt. Wij sturen uw vraag naar het team dat u het beste kan helpen."
        />
        <div className="max-w-2xl">
          <HelpQuestionForm askConsent={!sharing} />
        </div>
      </>
    );
  }

  const breadcrumbs = [{ label: "Home", href: "/" }, { label: "Aanmelden als werkzoekende" }];
  if (actor) {
    return (
      <>
        <PageHeader title="Aanmelden als werkzoekende" breadcrumbs={breadcrumbs} />
        <Alert title="U bent al ingelogd">
          U bent ingelogd met een account dat niet voor werkzoekenden is. Log eerst uit om u aan te melden als werkzoekende, of ga
          naar <Link href="/">de startpagina</Link>.
        </Alert>
      </>
    );
  }

  const municipalities = await findRegionMunicipalities();
  const options = [
    ...municipalities.map((m) => ({ value: m.code, label: m.name })),
    { value: OUTSIDE_REGION, label: "Buiten de regio Gooi en Vechtstreek" },
  ];
  return (
    <>
      <PageHeader
        title="Aanmelden als werkzoekende"
        breadcrumbs={breadcrumbs}
        lead="Zoekt u werk, ander werk of een opleiding? Meld u aan. Wij zorgen dat de juiste organisatie u helpt: u hoeft zelf niet uit te zoeken waar u moet zijn."
      />
      <div className="max-w-2xl">
        <p className="mb-6">
          Heeft u al een account? <Link href="/inloggen?terug=/werkzoekende/aanmelden">Log dan in</Link> en stel uw vraag.
        </p>
        <RegistrationForm municipalities={options} />
      </div>
    </>
  );
}
