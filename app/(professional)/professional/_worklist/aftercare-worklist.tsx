import Link from "next/link";
import { StatusBadge } from "@/components/ui";
import { CHECK_STATE_LABELS, CHECK_STATE_TONES } from "@/lib/aftercare/check-state";
import { findAftercareWorklist, type WorklistItem } from "@/lib/aftercare/find-aftercare-worklist";
import type { Actor } from "@/lib/auth/actor";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";

/** Work-list section: aftercare check-ins due or overdue, knelpunten and low scores. */
export async function AftercareWorklist({ actor }: { actor: Actor }) {
  if (actor.role !== "JOB_MEDIATOR" && actor.role !== "ACCOUNT_MANAGER") return null;
  const list = await findAftercareWorklist(actor, await currentTime());
  const groups: { id: string; title: string; empty: string; items: WorklistItem[] }[] =
    actor.role === "JOB_MEDIATOR"
      ? [{ id: "nazorg-te-doen", title: "Nazorg te doen", empty: "Er staan geen nazorggesprekken open.", items: list.checks }]
      : [
          { id: "nazorg-te-laat", title: "Nazorgvragen werkgever te laat", empty: "Geen nazorgvragen te laat.", items: list.checks },
          { id: "knelpunten", title: "Open knelpunten", empty: "Geen open knelpunten.", items: list.signals },
          { id: "lage-scores", title: "Lage scores op te volgen", empty: "Geen lage scores op te volgen.", items: list.lowScores },
        ];
  return (
    <section aria-labelledby="nazorg-werklijst" className="mt-8">
      <h2 id="nazorg-werklijst" className="mb-2 text-2xl font-bold">
        Nazorg
      </h2>
      {groups.map((group) => (
        <div key={group.id} className="mb-4">
          <h3 id={group.id} className="mb-1 text-xl font-semibold">
            {group.title} ({group.items.length})
          </h3>
          {group.items.length === 0 ? (
            <p>{group.empty}</p>
          ) : (
            <ul className="space-y-1" aria-labelledby={group.id}>
              {group.items.map((item) => (
                <li key={item.id}>
                  <Link href={`/professional/plaatsingen/${item.placementId}`} className="underline underline-offset-2">
                    {item.candidate}
                  </Link>{" "}
                  bij {item.employer}: {item.label}, {formatShortDate(item.date)}{" "}
                  {item.state ? <StatusBadge tone={CHECK_STATE_TONES[item.state]}>{CHECK_STATE_LABELS[item.state]}</StatusBadge> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <p>
        <Link href="/professional/plaatsingen" className="underline underline-offset-2">
          Alle plaatsingen
        </Link>
      </p>
    </section>
  );
}
