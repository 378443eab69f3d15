import Link from "next/link";
import type { HandoverStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { findOwnHandovers, type OwnHandover } from "@/lib/handovers/find-own-handovers";
import { formatShortDate } from "@/lib/time/amsterdam-time";

/** The status of a handover in plain words for the resident (B1 level). */
function statusText(handover: OwnHandover): string {
  const texts: Record<HandoverStatus, string> = {
    AWAITING_CONSENT: "Wacht op uw toestemming",
    PENDING: "Wacht op de partner",
    ACCEPTED: `Aangenomen door ${handover.acceptedBy ?? handover.partner}${handover.decidedAt ? ` op ${formatShortDate(handover.decidedAt)}` : ""}`,
    CONSENT_DECLINED: "Niet doorgegaan: u gaf geen toestemming",
    CANCELLED: "Niet doorgegaan",
    REFUSED: "Niet doorgegaan",
    BOUNCED: "Niet doorgegaan",
  };
  return texts[handover.status];
}

/** Mijn traject: warm handovers to a partner and their status. */
export async function HandoversSection({ actor }: { actor: Actor }) {
  const handovers = await findOwnHandovers(actor);
  if (handovers.length === 0) return null;

  return (
    <section aria-labelledby="overdrachten" className="mb-8">
      <h2 id="overdrachten" className="mb-2 text-2xl font-bold">
        Overdracht naar een andere organisatie
      </h2>
      <ul className="space-y-3">
        {handovers.map((handover) => (
          <li key={handover.id} className="rounded border border-gray-300 p-3">
            <h3 className="text-xl font-semibold">
              {handover.partner}
              {handover.toTeam ? ` – ${handover.toTeam}` : ""}
            </h3>
            <p>
              Status: <strong>{statusText(handover)}</strong>
            </p>
            <p>Gestart op {formatShortDate(handover.createdAt)}</p>
            {handover.status === "AWAITING_CONSENT" ? (
              <p className="mt-2">
                <Link href="/werkzoekende/toestemmingen" className="underline underline-offset-2">
                  Geef uw antwoord bij Mijn toestemmingen
                </Link>
              </p>
            ) : null}
            {["CANCELLED", "REFUSED", "BOUNCED", "CONSENT_DECLINED"].includes(handover.status) ? (
              <p className="mt-2">Uw eigen bemiddelaar blijft u helpen.</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
