import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findAccountFormOptions } from "@/lib/users/find-account-form-options";
import { orNotFound } from "@/app/_lib/or-not-found";
import { AccountForm } from "../_components/account-form";

export const metadata: Metadata = { title: "Account aanmaken" };

export default async function NewAccountPage() {
  const actor = await requirePortalActor("/beheer");
  const options = await orNotFound(() => findAccountFormOptions(actor));
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Account aanmaken"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Gebruikers", href: "/beheer/gebruikers" }, { label: "Account aanmaken" }]}
        lead="De medewerker krijgt een e-mail met een link om zelf een wachtwoord te kiezen. De link werkt 72 uur en maar één keer. Tot dan kan niemand met het account inloggen."
      />
      <AccountForm
        initial={{ name: "", email: "", role: "", partnerOrganisationId: "", workAreaIds: [], focusAreas: [], phone: "" }}
        partners={options.partners}
        workAreas={options.workAreas}
      />
    </div>
  );
}
