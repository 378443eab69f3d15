import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, LinkButton, PageHeader, Pagination } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatNumber } from "@/lib/format";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { findAccountFormOptions } from "@/lib/users/find-account-form-options";
import { findUsers, type UserRow } from "@/lib/users/find-users";
import { parseUserSearch, userSearchHref } from "@/lib/users/schemas";
import { UserSearchForm } from "./_components/user-search-form";
import { UserStatusBadge } from "./_components/user-status-badge";

export const metadata: Metadata = { title: "Gebruikers" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** O1: the professionals' accounts, with search and filters (ADMIN). */
export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePortalActor("/beheer");
  const search = parseUserSearch(await searchParams);
  const [result, options] = await Promise.all([findUsers({ actor, search }), findAccountFormOptions(actor)]);

  return (
    <div>
      <PageHeader
        title="Gebruikers"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Gebruikers" }]}
        lead={
          <>
            Accounts van accountmanagers, bemiddelaars, regionale staf en beheerders. Werkgevers en inwoners maken zelf een account aan. Werkgevers en
            kandidaten van geblokkeerde medewerkers staan bij <Link href="/beheer/gebruikers/zonder-eigenaar">Zonder eigenaar</Link>.
          </>
        }
        action={<LinkButton href="/beheer/gebruikers/nieuw">Account aanmaken</LinkButton>}
      />
      <UserSearchForm search={search} partners={options.partners} />

      <section aria-labelledby="resultaten">
        <h2 id="resultaten" className="text-2xl">Resultaten</h2>
        <p role="status" aria-live="polite" className="mt-1 mb-4 font-semibold">
          {formatNumber(result.total)} {result.total === 1 ? "gebruiker" : "gebruikers"} gevonden
        </p>
        {result.rows.length === 0 ? (
          <Alert tone="info" title="Geen gebruikers gevonden">Er zijn geen accounts die passen bij deze filters.</Alert>
        ) : (
          <>
            <DataTable<UserRow>
              caption={`Gebruikers op naam (pagina ${result.page} van ${result.pageCount})`}
              rows={result.rows}
              rowKey={(user) => user.id}
              columns={[
                { header: "Naam", rowHeader: true, cell: (user) => <Link href={`/beheer/gebruikers/${user.id}`}>{user.name}</Link> },
                { header: "E-mailadres", cell: (user) => <span className="break-all">{user.email}</span> },
                { header: "Rol", cell: (user) => ROLE_LABELS[user.role] },
                { header: "Partnerorganisatie", cell: (user) => user.partnerOrganisation ?? "–" },
                { header: "Status", cell: (user) => <UserStatusBadge status={user.status} /> },
                {
                  header: "Laatst ingelogd",
                  cell: (user) =>
                    user.lastLoginAt ? <time dateTime={user.lastLoginAt.toISOString()}>{formatDateTime(user.lastLoginAt)}</time> : "Nooit",
                },
              ]}
            />
            <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => userSearchHref(search, page)} label="Pagina's met gebruikers" />
          </>
        )}
      </section>
    </div>
  );
}
