import type { Actor } from "@/lib/auth/actor";
import { findMyPlacements } from "@/lib/placements/find-my-placements";
import { INSTRUMENT_STATUS_LABELS, PLACEMENT_CONTRACT_LABELS } from "@/lib/placements/labels";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";

/** Plain-Dutch explanations of instruments a resident may meet. */
const INSTRUMENT_EXPLANATIONS: Record<string, string> = {
  LKS: "Uw werkgever krijgt een deel van uw loon vergoed (loonkostensubsidie). U krijgt gewoon uw volledige loon.",
  LOONDISPENSATIE: "Uw werkgever betaalt een deel van het loon; UWV vult uw inkomen aan (loondispensatie).",
  JOBCOACH: "Een jobcoach helpt u op het werk.",
  NO_RISK: "Als u ziek wordt, betaalt UWV uw loon door aan de werkgever (no-riskpolis).",
  WERKPLEKAANPASSING: "Uw werkplek wordt aangepast aan wat u nodig heeft.",
  PROEFPLAATSING: "U werkt eerst op proef, met behoud van uitkering.",
};

/** Mijn traject: my placement, its instruments and my aftercare check-ins (J4). */
export async function PlacementSection({ actor }: { actor: Actor }) {
  const now = await currentTime();
  const placements = await findMyPlacements(actor, now);
  if (placements.length === 0) return null;
  return (
    <section aria-labelledby="mijn-werk" className="mb-8 rounded border-2 border-gray-300 p-4">
      <h2 id="mijn-werk" className="mb-2 text-2xl font-bold">
        Mijn werk
      </h2>
      {placements.map((placement) => {
        const myChecks = placement.checks.filter((c) => c.side === "EMPLOYEE");
        return (
          <div key={placement.id} className="mb-4">
            <p className="font-semibold">
              {placement.vacancy?.title ?? "Werk"} bij {placement.employerName}
              {placement.phase === "SUSTAINABLE" ? <strong className="ml-2 rounded border border-green-800 px-2 text-green-900">Duurzaam</strong> : null}
            </p>
            <p>
              {placement.endedOn
                ? `Gestopt op ${formatShortDate(placement.endedOn)}.`
                : `Begonnen op ${formatShortDate(placement.startDate)}. ${PLACEMENT_CONTRACT_LABELS[placement.contractType]}, ${placement.hoursPerWeek} uur per week.`}
            </p>
            {placement.phase === "SUSTAINABLE" ? <p>U werkt hier langer dan een half jaar. Goed gedaan!</p> : null}
            {placement.instruments.length > 0 ? (
              <>
                <h3 className="mt-3 text-xl font-semibold">Regelingen bij uw baan</h3>
                <ul className="list-disc pl-6">
                  {placement.instruments.map((i) => (
                    <li key={i.id}>
                      {INSTRUMENT_EXPLANATIONS[i.instrumentCode] ?? i.instrument.name} ({INSTRUMENT_STATUS_LABELS[i.status].toLowerCase()})
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {!placement.endedOn && myChecks.length > 0 ? (
              <>
                <h3 className="mt-3 text-xl font-semibold">Wanneer spreekt mijn bemiddelaar mij?</h3>
                <ul className="list-disc pl-6">
                  {myChecks.map((c) => (
                    <li key={c.id}>
                      {formatShortDate(c.dueDate)}
                      {c.completedAt ? " (gesproken)" : ""}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
