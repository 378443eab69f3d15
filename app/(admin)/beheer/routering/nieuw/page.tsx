import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findRoutingPartners } from "@/lib/help-requests/find-routing-partners";
import { RoutingRuleForm } from "../_components/routing-rule-form";

export const metadata: Metadata = { title: "Routeringsregel toevoegen" };

export default async function NewRoutingRulePage() {
  const actor = await requirePortalActor("/beheer");
  const partners = await findRoutingPartners(actor);
  return (
    <>
      <PageHeader
        title="Routeringsregel toevoegen"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Routering", href: "/beheer/routering" }, { label: "Regel toevoegen" }]}
      />
      <div className="max-w-2xl">
        <RoutingRuleForm
          partners={partners}
          initial={{ question: "", partnerOrganisationId: "", team: "", priority: "100", maxAge: "", normWorkingDays: "5", active: true }}
        />
      </div>
    </>
  );
}
