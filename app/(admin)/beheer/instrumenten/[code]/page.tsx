import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { linksToLines } from "@/lib/instruments/admin-schemas";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { isDueForReview } from "@/lib/instruments/review";
import { instrumentCodeSchema } from "@/lib/instruments/schemas";
import { dbDateToIso, todayIso } from "@/lib/time/calendar-dates";
import { currentTime } from "@/lib/time/current-time";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { InstrumentForm } from "../_components/instrument-form";
import { ActionButton } from "../../_components/action-button";
import { markInstrumentCheckedAction } from "../actions";

export const metadata: Metadata = { title: "Instrument wijzigen" };

export default async function EditInstrumentPage({ params }: { params: Promise<{ code: string }> }) {
  await requirePortalActor("/beheer");
  const code = instrumentCodeSchema.safeParse((await params).code);
  if (!code.success) notFound();
  const instrument = await getInstrument({ code: code.data });
  if (!instrument) notFound();
  const now = await currentTime();

  return (
    <>
      <PageHeader
        title={`${instrument.name} wijzigen`}
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Instrumenten", href: "/beheer/instrumenten" }, { label: instrument.name }]}
        lead={
          <>
            Wat u hier opslaat, staat direct op de <Link href={`/instrumenten/${instrument.code}`}>openbare pagina van dit instrument</Link>.
          </>
        }
      />
      {isDueForReview(instrument.checkedOn, now) ? (
        <Alert tone="warning" title={`Laatst gecontroleerd op ${formatDutchDate(instrument.checkedOn)}: te controleren.`}>
          <p>Kijk de informatie na bij de bron. Klopt alles nog, dan kunt u het instrument direct als gecontroleerd markeren.</p>
          <div className="mt-2">
            <ActionButton action={markInstrumentCheckedAction} input={{ code: instrument.code }} label="Vandaag gecontroleerd" context={instrument.name} />
          </div>
        </Alert>
      ) : null}
      <div className="max-w-2xl">
        <InstrumentForm
          initial={{
            code: instrument.code,
            name: instrument.name,
            summary: instrument.summary,
            forWhom: instrument.forWhom,
            conditions: instrument.conditions,
            amounts: instrument.amounts,
            typicalDuration: instrument.typicalDuration,
            links: linksToLines(instrument.links),
            checkedOn: dbDateToIso(instrument.checkedOn),
            today: todayIso(now),
          }}
        />
      </div>
    </>
  );
}
