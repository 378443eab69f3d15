import Link from "next/link";
import { StatusBadge } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { findPendingConsentRequests } from "@/lib/consents/find-pending-consent-requests";
import { findMyProposalsAsResident } from "@/lib/proposals/find-my-proposals-as-resident";
import { PROPOSAL_STATUS_RESIDENT_LABELS, PROPOSAL_STATUS_TONES } from "@/lib/proposals/labels";
import { formatShortDate } from "@/lib/time/amsterdam-time";

/** Mijn traject: consent requests and proposals made for me with their status (J4, B1 Dutch). */
export async function ProposalsSection({ actor }: { actor: Actor }) {
  if (actor.role !== "JOBSEEKER") return null;
  const [requests, proposals] = await Promise.all([findPendingConsentRequests(actor), findMyProposalsAsResident(actor)]);
  if (requests.length === 0 && proposals.length === 0) return null;
  return (
    <section aria-labelledby="voordrachten" className="mb-8 rounded-sm border-2 border-line-light p-5">
      <h2 id="voordrachten" className="mb-3 text-2xl">Vacatures waarvoor u bent voorgesteld</h2>
      {requests.length > 0 ? (
        <p className="mb-4 border-l-8 border-warning bg-warning-light p-3">
          <strong>Uw bemiddelaar vraagt uw toestemming ({requests.length}).</strong>{" "}
          <Link href="/werkzoekende/toestemmingen">Bekijk het verzoek en geef uw antwoord</Link>.
        </p>
      ) : null}
      {proposals.length > 0 ? (
        <ul className="space-y-4">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="border-b border-line-light pb-3">
              <p className="font-semibold">
                {proposal.vacancyTitle} bij {proposal.organisationName}
              </p>
              <p className="mt-1">
                <StatusBadge tone={PROPOSAL_STATUS_TONES[proposal.status]}>{PROPOSAL_STATUS_RESIDENT_LABELS[proposal.status]}</StatusBadge>{" "}
                <span className="text-muted">sinds {formatShortDate(proposal.updatedAt)}</span>
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer">Waarom uw bemiddelaar u voorstelde</summary>
                <p className="mt-2 whitespace-pre-line">{proposal.motivation}</p>
              </details>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
