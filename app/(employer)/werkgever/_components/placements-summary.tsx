import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { findPlacements } from "@/lib/placements/find-placements";
import { currentTime } from "@/lib/time/current-time";

/** Employer start page: placements and check-ins to answer. */
export async function PlacementsSummary({ actor }: { actor: Actor }) {
  if (actor.role !== "EMPLOYER" || !actor.organisationId) return null;
  const placements = await findPlacements(actor, await currentTime());
  if (placements.length === 0) return null;
  const toAnswer = placements.filter((p) => p.checks.some((c) => c.side === "EMPLOYER" && (c.state === "DUE" || c.state === "OVERDUE")));
  return (
    <section aria-labelledby="plaatsingen" className="mb-8 rounded-sm border-2 border-line-light p-5">
      <h2 id="plaatsingen" className="mb-2 text-2xl">
        Plaatsingen
      </h2>
      <p>
        Lopende plaatsingen: <strong>{placements.filter((p) => p.phase !== "ENDED").length}</strong>. Nazorgvragen te beantwoorden: <strong>{toAnswer.length}</strong>.
      </p>
      {toAnswer.length > 0 ? (
        <ul className="mt-2 list-disc pl-6">
          {toAnswer.map((p) => (
            <li key={p.id}>
              <Link href={`/werkgever/plaatsingen/${p.id}`}>Hoe bevalt de plaatsing van {p.candidateLabel}?</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-2">
        <Link href="/werkgever/plaatsingen">Naar uw plaatsingen</Link>
      </p>
    </section>
  );
}
