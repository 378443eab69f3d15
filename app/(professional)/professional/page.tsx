import type { Metadata } from "next";
import Link from "next/link";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import {
  getProfessionalStart,
  type AccountManagerStart,
  type MediatorStart,
} from "@/lib/start-pages/get-professional-start";
import { formatDate, formatNumber } from "@/lib/format";
import { countTeamQueue, type TeamQueueCount } from "@/lib/help-requests/count-team-queue";
import { VACANCY_STATUS_LABELS } from "@/lib/vacancies/labels";
import { AftercareWorklist } from "./_worklist/aftercare-worklist";
import { HandoverWorklist } from "./_worklist/handover-worklist";
import { ProposalWorklist } from "./_worklist/proposal-worklist";

export const metadata: Metadata = { title: "Werklijst" };

const link = "underline underline-offset-2";
const cell = "border-b border-gray-300 px-2 py-2 text-left align-top";

export default async function ProfessionalStartPage() {
  const actor = await requirePortalActor("/professional");
  const start = await getProfessionalStart(actor);
  const queue = start.kind === "JOB_MEDIATOR" ? await countTeamQueue(actor) : null;

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Werklijst" }]} />
      <h1 className="mb-6 text-3xl font-bold">Werklijst</h1>
      {start.kind === "ACCOUNT_MANAGER" ? <AccountManagerList start={start} /> : <MediatorList start={start} queue={queue} />}
      <ProposalWorklist actor={actor} />
      <AftercareWorklist actor={actor} />
      <HandoverWorklist actor={actor} />
      <p className="mt-8">
        <Link href="/professional/profiel" className={link}>
          Mijn profiel en aandachtsgebieden
        </Link>
      </p>
    </div>
  );
}

function AccountManagerList({ start }: { start: AccountManagerStart }) {
  return (
    <section aria-labelledby="werkgevers">
      <p className="mb-4">
        Open vragen van uw werkgevers: <strong>{formatNumber(start.openQuestionCount)}</strong>.{" "}
        <Link href="/professional/inbox" className={link}>
          Naar de inbox
        </Link>
      </p>
      <h2 id="werkgevers" className="mb-2 text-2xl font-bold">
        Mijn werkgevers ({formatNumber(start.employerCount)})
      </h2>
      {start.employers.length === 0 ? (
        <p>U bent nog van geen enkele werkgever de vaste contactpersoon.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse">
            <caption className="sr-only">Werkgevers waarvan u de vaste contactpersoon bent, met open vragen en nieuwe vacatures</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>Werkgever</th>
                <th scope="col" className={cell}>Open vragen</th>
                <th scope="col" className={cell}>Nieuwe vacatures</th>
              </tr>
            </thead>
            <tbody>
              {start.employers.map((employer) => (
                <tr key={employer.id}>
                  <td className={cell}>
                    <Link href={`/professional/werkgevers/${employer.id}`} className={link}>
                      {employer.name}
                    </Link>
                  </td>
                  <td className={cell}>{formatNumber(employer.openQuestions)}</td>
                  <td className={cell}>{formatNumber(employer.newVacancies)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {start.employerCount > start.employers.length && (
        <p className="mt-2">
          <Link href="/professional/werkgevers" className={link}>
            Alle {formatNumber(start.employerCount)} werkgevers
          </Link>
        </p>
      )}
    </section>
  );
}

function MediatorList({ start, queue }: { start: MediatorStart; queue: TeamQueueCount | null }) {
  return (
    <>
      {queue ? (
        <p className="mb-4">
          Nieuwe aanmeldingen voor uw team: <strong>{formatNumber(queue.open)}</strong>
          {queue.escalated > 0 ? (
            <>
              {", waarvan "}
              <strong className="text-red-800">{formatNumber(queue.escalated)} geëscaleerd</strong>
            </>
          ) : null}
          .{" "}
          <Link href="/professional/kandidaten/aanmeldingen" className={link}>
            Naar de aanmeldingen
          </Link>
        </p>
      ) : null}
      <p className="mb-6">
        Kandidaten in uw caseload: <strong>{formatNumber(start.candidateCount)}</strong>.{" "}
        <Link href="/professional/kandidaten" className={link}>
          Naar mijn kandidaten
        </Link>
      </p>
      <section aria-labelledby="vacatures">
        <h2 id="vacatures" className="mb-2 text-2xl font-bold">
          Vacatures aan u overgedragen ({formatNumber(start.handedVacancies.length)})
        </h2>
        {start.handedVacancies.length === 0 ? (
          <p>Er zijn nu geen open vacatures aan u overgedragen.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse">
              <caption className="sr-only">Open vacatures die aan u zijn overgedragen, de vroegste uiterste datum eerst</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>Vacature</th>
                  <th scope="col" className={cell}>Werkgever</th>
                  <th scope="col" className={cell}>Status</th>
                  <th scope="col" className={cell}>Uiterlijk</th>
                </tr>
              </thead>
              <tbody>
                {start.handedVacancies.map((vacancy) => (
                  <tr key={vacancy.id}>
                    <td className={cell}>
                      <Link href={`/professional/vacatures/${vacancy.id}`} className={link}>
                        {vacancy.title}
                      </Link>
                    </td>
                    <td className={cell}>{vacancy.organisation}</td>
                    <td className={cell}>{VACANCY_STATUS_LABELS[vacancy.status]}</td>
                    <td className={cell}>
                      {formatDate(vacancy.dueDate)}
                      {vacancy.overdue && <strong className="ml-2 text-red-800">Te laat</strong>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
