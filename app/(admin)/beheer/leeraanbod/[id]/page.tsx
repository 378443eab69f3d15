import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getLearningOffer } from "@/lib/learning-offers/get-learning-offer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { LearningOfferForm } from "../_components/learning-offer-form";

export const metadata: Metadata = { title: "Leeraanbod wijzigen" };

const DUTCH_INPUT_DATE = (date: Date) => `${date.getUTCDate()}-${date.getUTCMonth() + 1}-${date.getUTCFullYear()}`;

export default async function EditLearningOfferPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/beheer");
  const { id } = await params;
  const offer = await orNotFound(() => getLearningOffer(actor, id));
  return (
    <>
      <PageHeader
        title="Leeraanbod wijzigen"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Leeraanbod", href: "/beheer/leeraanbod" }, { label: offer.title }]}
      />
      <div className="max-w-2xl">
        <LearningOfferForm
          initial={{
            id: offer.id,
            title: offer.title,
            kind: offer.kind,
            provider: offer.provider,
            description: offer.description,
            startDates: [...offer.startDates].sort((a, b) => a.getTime() - b.getTime()).map(DUTCH_INPUT_DATE).join("\n"),
            url: offer.url ?? "",
            active: offer.active,
          }}
        />
      </div>
    </>
  );
}
