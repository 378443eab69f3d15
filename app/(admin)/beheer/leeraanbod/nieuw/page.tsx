import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { notFound } from "next/navigation";
import { LearningOfferForm } from "../_components/learning-offer-form";

export const metadata: Metadata = { title: "Leeraanbod toevoegen" };

export default async function NewLearningOfferPage() {
  const actor = await requirePortalActor("/beheer");
  if (!can(actor, "learningOffer.manage")) notFound();
  return (
    <>
      <PageHeader
        title="Leeraanbod toevoegen"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Leeraanbod", href: "/beheer/leeraanbod" }, { label: "Toevoegen" }]}
      />
      <div className="max-w-2xl">
        <LearningOfferForm initial={{ title: "", kind: "", provider: "", description: "", startDates: "", url: "", active: true }} />
      </div>
    </>
  );
}
