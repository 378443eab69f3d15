import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, LinkButton, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { findLearningOffers, type LearningOfferRow } from "@/lib/learning-offers/find-learning-offers";
import { LEARNING_OFFER_KIND_LABELS } from "@/lib/learning-offers/schemas";
import { ActionButton } from "../_components/action-button";
import { setLearningOfferActiveAction } from "./actions";

export const metadata: Metadata = { title: "Leeraanbod beheren" };

/** J5: ADMIN manages the learning offers shown at /leeraanbod. */
export default async function ManageLearningOffersPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const actor = await requirePortalActor("/beheer");
  const offers = await findLearningOffers(actor);
  const saved = (await searchParams).opgeslagen === "1";

  return (
    <>
      <PageHeader
        title="Leeraanbod beheren"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Leeraanbod" }]}
        lead={
          <>
            Ontwikkelpaden, leerwerktrajecten en BBL-plaatsen. Actief aanbod staat op de openbare pagina <Link href="/leeraanbod">Leeraanbod</Link>.
          </>
        }
        action={<LinkButton href="/beheer/leeraanbod/nieuw">Leeraanbod toevoegen</LinkButton>}
      />
      {saved ? <Alert tone="success" role="status" title="Het leeraanbod is opgeslagen." /> : null}
      {offers.length === 0 ? (
        <p>Er is nog geen leeraanbod.</p>
      ) : (
        <DataTable<LearningOfferRow>
          caption={`Leeraanbod (${offers.length})`}
          rows={offers}
          rowKey={(offer) => offer.id}
          columns={[
            { header: "Titel", rowHeader: true, cell: (offer) => <Link href={`/beheer/leeraanbod/${offer.id}`}>{offer.title}</Link> },
            { header: "Soort", cell: (offer) => LEARNING_OFFER_KIND_LABELS[offer.kind] },
            { header: "Aanbieder", cell: (offer) => offer.provider },
            {
              header: "Startdata",
              cell: (offer) => (offer.startDates.length === 0 ? "In overleg" : [...offer.startDates].sort((a, b) => a.getTime() - b.getTime()).map(formatDutchDate).join(", ")),
            },
            { header: "Status", cell: (offer) => (offer.active ? <StatusBadge tone="success">Actief</StatusBadge> : <StatusBadge>Niet actief</StatusBadge>) },
            { header: "Actie", cell: (offer) => (
              <ActionButton
                action={setLearningOfferActiveAction}
                input={{ offerId: offer.id, active: !offer.active }}
                label={offer.active ? "Deactiveren" : "Activeren"}
                context={offer.title}
              />
            ) },
          ]}
        />
      )}
    </>
  );
}
