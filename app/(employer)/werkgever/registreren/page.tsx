import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader } from "@/components/ui";
import { getActor } from "@/lib/auth/session";
import { findRegionMunicipalities } from "@/lib/organisations/find-region-municipalities";
import { OUTSIDE_REGION } from "@/lib/organisations/schemas";
import { RegistrationForm } from "./_components/registration-form";

export const metadata: Metadata = { title: "Organisatie aanmelden" };

export default async function RegisterOrganisationPage() {
  const actor = await getActor();
  const breadcrumbs = [{ label: "Home", href: "/" }, { label: "Organisatie aanmelden" }];

  if (actor) {
    return (
      <>
        <PageHeader title="Organisatie aanmelden" breadcrumbs={breadcrumbs} />
        <Alert title="U bent al ingelogd">
          U kunt geen nieuwe organisatie aanmelden terwijl u ingelogd bent. Log eerst uit, of ga naar{" "}
          <Link href="/">de startpagina</Link>.
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
        title="Organisatie aanmelden"
        breadcrumbs={breadcrumbs}
        lead="Meld uw organisatie aan bij het Werkcentrum. U krijgt één vaste contactpersoon voor al uw vragen over personeel."
      />
      <div className="max-w-2xl">
        <p className="mb-6">
          Heeft u al een account? <Link href="/inloggen?terug=/werkgever">Log dan in</Link>. Is uw organisatie al bij ons
          bekend, dan vraagt u toegang: de accountmanager van uw organisatie bevestigt dat u erbij hoort.
        </p>
        <RegistrationForm municipalities={options} />
      </div>
    </>
  );
}
