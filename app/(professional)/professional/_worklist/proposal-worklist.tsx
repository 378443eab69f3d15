import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { findProposalWorklist } from "@/lib/proposals/find-proposal-worklist";
import { PROPOSAL_STATUS_LABELS } from "@/lib/proposals/labels";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";

/** Work-list section: proposals that need the professional's attention (no candidate names here). */
export async function ProposalWorklist({ actor }: { actor: Actor }) {
  const worklist = await findProposalWorklist(actor, await currentTime());
  if (!worklist) return null;
  const mediator = worklist.kind === "mediator";
  return (
    <section aria-labelledby="voordrachten-werklijst" className="mb-8 rounded-sm border-2 border-line-light p-5">
      <h2 id="voordrachten-werklijst" className="mb-2 text-2xl">
        {mediator ? "Voordrachten: actie nodig" : "Voordrachten zonder antwoord"}
      </h2>
      {worklist.items.length === 0 ? (
        <p>{mediator ? "Geen voordrachten die op u wachten." : "Alle voordrachten bij uw werkgevers zijn op tijd beantwoord."}</p>
      ) : (
        <ul className="space-y-2">
          {worklist.items.map((item) => (
            <li key={item.id}>
              <Link href={`/professional/voordrachten/${item.id}`}>
                {item.vacancyTitle} bij {item.organisationName}
              </Link>
              : {mediator ? PROPOSAL_STATUS_LABELS[item.status] : `een kandidaat wacht sinds ${formatShortDate(item.at)} op antwoord van de werkgever`}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3">
        <Link href="/professional/voordrachten">Alle voordrachten</Link>
      </p>
    </section>
  );
}
