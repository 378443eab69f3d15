import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findRoutingPartners } from "@/lib/help-requests/find-routing-partners";
import { getRoutingRule } from "@/lib/help-requests/get-routing-rule";
import { RoutingRuleForm } from "../_components/routing-rule-form";

export const metadata: Metadata = { title: "Routeringsregel wijzigen" };

export default async function EditRoutingRulePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/beheer");
  const { id } = await params;
  const rule = await getRoutingRule(actor, id);
  if (!rule) notFound();
  const partners = await findRoutingPartners(actor, rule.partnerOrganisationId);
  return (
    <>
      <PageHeader
        title="Routeringsregel wijzigen"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Routering", href: "/beheer/routering" }, { label: "Regel wijzigen" }]}
      />
      <div className="max-w-2xl">
        <RoutingRuleForm
          partners={partners}
          initial={{
            id: rule.id,
            question: rule.question,
            partnerOrganisationId: rule.partnerOrganisationId,
            team: rule.team,
            priority: String(rule.priority),
            maxAge: rule.maxAge === null ? "" : String(rule.maxAge),
            normWorkingDays: String(rule.normWorkingDays),
            active: rule.active,
          }}
        />
      </div>
    </>
  );
}
