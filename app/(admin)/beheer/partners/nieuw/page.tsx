import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { PartnerForm } from "../_components/partner-form";

export const metadata: Metadata = { title: "Partnerorganisatie toevoegen" };

export default async function NewPartnerPage() {
  await requirePortalActor("/beheer");
  return (
    <>
      <PageHeader
        title="Partnerorganisatie toevoegen"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Partnerorganisaties", href: "/beheer/partners" }, { label: "Toevoegen" }]}
        lead="Daarna voegt u de teams van de organisatie toe."
      />
      <div className="max-w-2xl">
        <PartnerForm initial={{ code: "", name: "", kind: "", note: "" }} />
      </div>
    </>
  );
}
