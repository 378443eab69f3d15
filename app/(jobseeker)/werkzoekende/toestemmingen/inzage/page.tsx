import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Pagination } from "@/components/ui";
import { findMyAccessLog } from "@/lib/audit/find-my-access-log";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { firstValue } from "@/lib/forms/search-params";
import { formatNumber } from "@/lib/format";
import { AccessLogList } from "../_components/access-log-list";

export const metadata: Metadata = { title: "Wie heeft mijn gegevens bekeken" };

const BASE = "/werkzoekende/toestemmingen/inzage";

export default async function MyAccessLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePortalActor("/werkzoekende");
  const { pagina } = await searchParams;
  const log = await findMyAccessLog({ actor, page: firstValue(pagina) });

  return (
    <div className="mx-auto max-w-3xl text-lg">
      <PageHeader
        title="Wie heeft mijn gegevens bekeken"
        breadcrumbs={[
          { label: "Mijn traject", href: "/werkzoekende" },
          { label: "Mijn toestemmingen", href: "/werkzoekende/toestemmingen" },
          { label: "Wie heeft mijn gegevens bekeken" },
        ]}
        lead="Hier ziet u wie uw gegevens heeft bekeken of gewijzigd: wie het was, wanneer en waarom. Het nieuwste staat bovenaan."
      />

      {log.total === 0 ? (
        <p>Nog niemand heeft uw gegevens bekeken.</p>
      ) : (
        <section aria-labelledby="overzicht">
          <h2 id="overzicht" className="mb-1 text-2xl">
            {log.total === 1 ? "1 keer bekeken of gewijzigd" : `${formatNumber(log.total)} keer bekeken of gewijzigd`}
          </h2>
          {log.pageCount > 1 ? (
            <p className="mb-4 text-muted">
              Pagina {log.page} van {log.pageCount}
            </p>
          ) : (
            <div className="mb-4" />
          )}
          <AccessLogList entries={log.entries} />
          <Pagination page={log.page} pageCount={log.pageCount} hrefFor={(page) => (page === 1 ? BASE : `${BASE}?pagina=${page}`)} />
        </section>
      )}

      <p className="mt-8">
        Klopt er iets niet? Neem dan contact op met uw bemiddelaar. <Link href="/werkzoekende/toestemmingen">Terug naar mijn toestemmingen</Link>
      </p>
    </div>
  );
}
