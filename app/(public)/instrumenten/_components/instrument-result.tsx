import Link from "next/link";
import { kindLabel, providerLabel } from "@/lib/instruments/labels";
import type { InstrumentListItem } from "@/lib/instruments/find-instruments";

/** One result in the guide: name as the link, then what it is, for whom and who offers it. */
export function InstrumentResult({ instrument }: { instrument: InstrumentListItem }) {
  return (
    <article className="border-b border-line-light py-5">
      <p className="text-base font-semibold text-muted">{kindLabel(instrument.kind)}</p>
      <h3 className="text-xl">
        <Link href={`/instrumenten/${instrument.code}`}>{instrument.name}</Link>
      </h3>
      <p className="mt-1">{instrument.summary}</p>
      <dl className="mt-2 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Voor wie</dt>
        <dd>{instrument.forWhom}</dd>
        <dt className="font-semibold">Aanbieder</dt>
        <dd>{instrument.providers.map(providerLabel).join(", ")}</dd>
      </dl>
    </article>
  );
}
