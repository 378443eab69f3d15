import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatNumber } from "@/lib/format";
import { searchId } from "@/lib/forms/search-params";
import { findOwnerlessWork, OWNERLESS_LIST_LIMIT, type OwnerlessCandidate, type OwnerlessEmployer, type OwnerProblem } from "@/lib/users/find-ownerless-work";
import { ReassignForm } from "./_components/reassign-form";

export const metadata: Metadata = { title: "Zonder eigenaar" };

const PROBLEM_TEXT: Record<OwnerProblem, string> = { geblokkeerd: "geblokkeerd", "andere rol": "heeft een andere rol" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** O1: employers and candidates whose owner is blocked or changed role, until someone reassigns them (ADMIN). */
export default async function OwnerlessWorkPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePortalActor("/beheer");
  const ownerId = searchId.parse((await searchParams).eigenaar);
  const work = await findOwnerlessWork({ actor, ownerId });
  const more = (shown: number, total: number) => (total > shown ? ` De eerste ${formatNumber(OWNERLESS_LIST_LIMIT)} staan hieronder.` : "");

  return (
    <div>
      <PageHeader
        title="Zonder eigenaar"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Gebruikers", href: "/beheer/gebruikers" }, { label: "Zonder eigenaar" }]}
        lead="Werkgevers waarvan de accountmanager en kandidaten waarvan de bemiddelaar geblokkeerd is of een andere rol kreeg. Ze blijven hier staan tot u ze aan een actieve collega toewijst; die krijgt een melding."
      />
      {ownerId ? (
        <p className="mb-6">
          U ziet alleen het werk van één vorige eigenaar. <Link href="/beheer/gebruikers/zonder-eigenaar">Toon alles zonder eigenaar</Link>
        </p>
      ) : null}

      <section aria-labelledby="werkgevers" className="mb-10">
        <h2 id="werkgevers" className="mb-2 text-2xl">Werkgevers ({formatNumber(work.employerCount)})</h2>
        {work.employers.length === 0 ? (
          <Alert tone="success" title="Geen werkgevers zonder eigenaar" />
        ) : (
          <>
            <p className="mb-4">{more(work.employers.length, work.employerCount)}</p>
            <DataTable<OwnerlessEmployer>
              caption="Werkgevers zonder actieve accountmanager"
              rows={work.employers}
              rowKey={(row) => row.id}
              columns={[
                { header: "Werkgever", rowHeader: true, cell: (row) => row.name },
                { header: "Vorige accountmanager", cell: (row) => `${row.ownerName} (${PROBLEM_TEXT[row.problem]})` },
                { header: "Toewijzen", cell: (row) => <ReassignForm kind="employer" recordId={row.id} label={row.name} owners={work.accountManagers} /> },
              ]}
            />
          </>
        )}
      </section>

      <section aria-labelledby="kandidaten" className="mb-10">
        <h2 id="kandidaten" className="mb-2 text-2xl">Kandidaten ({formatNumber(work.candidateCount)})</h2>
        {work.candidates.length === 0 ? (
          <Alert tone="success" title="Geen kandidaten zonder eigenaar" />
        ) : (
          <>
            <p className="mb-4">
              Het bekijken van deze namen wordt vastgelegd in het auditlog; de inwoner ziet dat in het eigen overzicht.
              {more(work.candidates.length, work.candidateCount)}
            </p>
            <DataTable<OwnerlessCandidate>
              caption="Kandidaten zonder actieve bemiddelaar"
              rows={work.candidates}
              rowKey={(row) => row.id}
              columns={[
                { header: "Kandidaat", rowHeader: true, cell: (row) => row.name ?? "Kandidaat (naam afgeschermd)" },
                { header: "Vorige bemiddelaar", cell: (row) => `${row.ownerName} (${PROBLEM_TEXT[row.problem]})` },
                {
                  header: "Toewijzen",
                  cell: (row) => <ReassignForm kind="candidate" recordId={row.id} label={row.name ?? "kandidaat"} owners={work.mediators} />,
                },
              ]}
            />
          </>
        )}
      </section>
    </div>
  );
}
