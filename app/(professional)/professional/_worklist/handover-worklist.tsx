import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { countHandoverWorklist } from "@/lib/handovers/count-handover-worklist";
import { currentTime } from "@/lib/time/current-time";

/** Work-list section: warm handovers waiting for the team, and the bemiddelaar's own handovers that need a next step. */
export async function HandoverWorklist({ actor }: { actor: Actor }) {
  const counts = await countHandoverWorklist(actor, await currentTime());
  if (!counts) return null;
  const { incoming, incomingOverdue, awaitingFirstContact, needsAction } = counts;

  return (
    <section aria-labelledby="werklijst-overdrachten" className="mt-8">
      <h2 id="werklijst-overdrachten" className="mb-2 text-2xl font-bold">
        Warme overdrachten
      </h2>
      <ul className="mb-2 list-disc space-y-1 pl-6">
        <li>
          Wachten op uw team: <strong>{incoming}</strong>
          {incomingOverdue > 0 ? (
            <>
              {", waarvan "}
              <strong className="text-danger">{incomingOverdue} te laat</strong>
            </>
          ) : null}
        </li>
        {awaitingFirstContact > 0 ? (
          <li>
            Door u aangenomen, eerste contact nog niet vastgelegd: <strong>{awaitingFirstContact}</strong>
          </li>
        ) : null}
        <li>
          Uw overdrachten die terugkwamen of zijn afgewezen: <strong>{needsAction}</strong>
        </li>
      </ul>
      <p>
        <Link href="/professional/overdrachten" className="underline underline-offset-2">
          Naar de overdrachten
        </Link>
      </p>
    </section>
  );
}
