import type { Metadata } from "next";
import { DataTable, PageHeader } from "@/components/ui";
import { findAuditEntries, type AdminAuditEntry } from "@/lib/audit/find-audit-entries";
import { auditSearchHref, parseAuditSearch } from "@/lib/audit/schemas";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatNumber } from "@/lib/format";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { AuditSearchForm } from "./_components/audit-search-form";
import { Pagination } from "@/components/ui";

export const metadata: Metadata = { title: "Auditlog" };

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePortalActor("/beheer");
  const parsed = parseAuditSearch(await searchParams);
  const result = parsed.search ? await findAuditEntries({ actor, search: parsed.search }) : null;
  const search = parsed.search;

  return (
    <div>
      <PageHeader
        title="Auditlog"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Auditlog" }]}
        lead="Elke keer dat iemand anders dan de werkzoekende zelf persoonsgegevens van een kandidaat bekeek of wijzigde. Tijden in Nederlandse tijd; opgeslagen in UTC. Het log kan niet worden gewijzigd of gewist."
      />
      <AuditSearchForm parsed={parsed} />

      <section aria-labelledby="resultaten">
        <h2 id="resultaten" className="text-2xl">Resultaten</h2>
        <p role="status" aria-live="polite" className="mt-1 mb-4 font-semibold">
          {result ? `${formatNumber(result.total)} ${result.total === 1 ? "regel" : "regels"} gevonden` : "Pas de filters aan om te zoeken."}
        </p>
        {result && result.entries.length === 0 ? <p>Er zijn geen regels die passen bij deze filters.</p> : null}
        {result && search && result.entries.length > 0 ? (
          <>
            <DataTable<AdminAuditEntry>
              caption={`Auditlog, nieuwste eerst (pagina ${result.page} van ${result.pageCount})`}
              rows={result.entries}
              rowKey={(entry) => entry.id}
              columns={[
                {
                  header: "Wanneer",
                  rowHeader: true,
                  cell: (entry) => <time dateTime={entry.at.toISOString()} className="whitespace-nowrap">{formatDateTime(entry.at)}</time>,
                },
                {
                  header: "Wie",
                  cell: (entry) => (
                    <>
                      <span className="font-semibold">{entry.actorName}</span>
                      {entry.actorEmail ? <span className="block break-all text-muted">{entry.actorEmail}</span> : null}
                      {entry.actorRole ? <span className="block text-muted">{entry.actorRole}</span> : null}
                    </>
                  ),
                },
                { header: "Organisatie", cell: (entry) => entry.actorOrganisation ?? "–" },
                { header: "Kandidaat", cell: (entry) => <code className="break-all">{entry.candidateId ?? "–"}</code> },
                {
                  header: "Wat",
                  cell: (entry) => (
                    <>
                      {entry.actionLabel}
                      <span className="block text-muted"><code>{entry.action}</code></span>
                    </>
                  ),
                },
                { header: "Doel", cell: (entry) => entry.purpose },
              ]}
            />
            <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => auditSearchHref(search, page)} />
          </>
        ) : null}
      </section>
    </div>
  );
}
