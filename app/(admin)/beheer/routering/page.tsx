import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, LinkButton, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findRoutingRules, type RoutingRuleRow } from "@/lib/help-requests/find-routing-rules";
import { FALLBACK_ROUTE } from "@/lib/help-requests/fallback-route";
import { HELP_QUESTION_LABELS } from "@/lib/help-requests/labels";

export const metadata: Metadata = { title: "Routering van aanmeldingen" };

/** J1: the routing rules as data (ADMIN). */
export default async function RoutingRulesPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const actor = await requirePortalActor("/beheer");
  const { rules, gaps } = await findRoutingRules(actor);
  const saved = (await searchParams).opgeslagen === "1";

  return (
    <>
      <PageHeader
        title="Routering van aanmeldingen"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Routering" }]}
        lead="Deze regels bepalen naar welke partner en welk team een aanmelding gaat. Van de actieve regels die bij de hulpvraag en de leeftijd passen, wint de laagste prioriteit."
        action={<LinkButton href="/beheer/routering/nieuw">Regel toevoegen</LinkButton>}
      />
      {saved ? (
        <Alert tone="success" role="status">
          De regel is opgeslagen. Nieuwe aanmeldingen volgen de regel meteen; aanmeldingen die al zijn doorgestuurd blijven waar ze zijn.
        </Alert>
      ) : null}
      {gaps.length > 0 ? (
        <Alert tone="warning" title="Niet elke inwoner past in een regel">
          Voor deze hulpvragen is er geen actieve regel zonder maximale leeftijd: {gaps.map((q) => HELP_QUESTION_LABELS[q]).join(", ")}. Past
          er geen regel, dan gaat de aanmelding naar {FALLBACK_ROUTE.team} (gemeente).
        </Alert>
      ) : null}
      <DataTable<RoutingRuleRow>
        caption={`Routeringsregels (${rules.length})`}
        rows={rules}
        rowKey={(rule) => rule.id}
        columns={[
          { header: "Hulpvraag", rowHeader: true, cell: (rule) => HELP_QUESTION_LABELS[rule.question] },
          { header: "Maximale leeftijd", cell: (rule) => (rule.maxAge === null ? "Iedereen" : `t/m ${rule.maxAge} jaar`) },
          { header: "Prioriteit", numeric: true, cell: (rule) => rule.priority },
          { header: "Partner", cell: (rule) => rule.partner },
          { header: "Team", cell: (rule) => rule.team },
          { header: "Norm", cell: (rule) => `${rule.normWorkingDays} werkdagen` },
          {
            header: "Status",
            cell: (rule) => (rule.active ? <StatusBadge tone="success">Actief</StatusBadge> : <StatusBadge>Uit</StatusBadge>),
          },
          {
            header: "Wijzigen",
            cell: (rule) => (
              <Link href={`/beheer/routering/${rule.id}`}>
                Wijzigen<span className="sr-only"> (regel voor {HELP_QUESTION_LABELS[rule.question]}, {rule.team})</span>
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
