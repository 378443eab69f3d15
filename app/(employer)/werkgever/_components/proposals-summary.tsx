import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { countProposalsAwaitingAnswer } from "@/lib/proposals/count-proposals-awaiting-answer";

/** Employer start page: proposals waiting for an answer. */
export async function ProposalsSummary({ actor }: { actor: Actor }) {
  const waiting = await countProposalsAwaitingAnswer(actor);
  return (
    <section aria-labelledby="voordrachten" className="mb-8 rounded-sm border-2 border-line-light p-5">
      <h2 id="voordrachten" className="mb-2 text-2xl">
        Voordrachten
      </h2>
      <p>
        {waiting === 0 ? "Er wacht geen voordracht op uw antwoord." : waiting === 1 ? "Er wacht 1 voordracht op uw antwoord." : `Er wachten ${waiting} voordrachten op uw antwoord.`}
      </p>
      <p className="mt-2">
        <Link href="/werkgever/voordrachten">Naar uw voordrachten</Link>
      </p>
    </section>
  );
}
