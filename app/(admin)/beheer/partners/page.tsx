import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, LinkButton, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatNumber } from "@/lib/format";
import { findPartners, type PartnerRow } from "@/lib/partners/find-partners";
import { partnerKindLabel } from "@/lib/partners/labels";

export const metadata: Metadata = { title: "Partnerorganisaties" };

/** Issue 14 O4: the partner organisations and their teams (ADMIN). */
export default async function PartnersPage() {
  const actor = await requirePortalActor("/beheer");
  const partners = await findPartners(actor);

  return (
    <>
      <PageHeader
        title="Partnerorganisaties"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Partnerorganisaties" }]}
        lead="De organisaties waarmee het Werkcentrum samenwerkt, met hun teams. Een routeringsregel stuurt aanmeldingen naar een team van een actieve partner."
        action={<LinkButton href="/beheer/partners/nieuw">Partnerorganisatie toevoegen</LinkButton>}
      />
      <DataTable<PartnerRow>
        caption={`Partnerorganisaties (${partners.length})`}
        rows={partners}
        rowKey={(partner) => partner.id}
        columns={[
          { header: "Naam", rowHeader: true, cell: (partner) => <Link href={`/beheer/partners/${partner.id}`}>{partner.name}</Link> },
          { header: "Code", cell: (partner) => partner.code },
          { header: "Soort", cell: (partner) => partnerKindLabel(partner.kind) },
          { header: "Teams", numeric: true, cell: (partner) => formatNumber(partner.teams) },
          { header: "Actieve gebruikers", numeric: true, cell: (partner) => formatNumber(partner.activeUsers) },
          { header: "Actieve routeringsregels", numeric: true, cell: (partner) => formatNumber(partner.activeRoutingRules) },
          { header: "Status", cell: (partner) => (partner.active ? <StatusBadge tone="success">Actief</StatusBadge> : <StatusBadge>Niet actief</StatusBadge>) },
        ]}
      />
    </>
  );
}
