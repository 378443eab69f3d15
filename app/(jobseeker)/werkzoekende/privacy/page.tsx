import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader, buttonClasses } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findMyDeletionRequest, type MyDeletionRequestState } from "@/lib/privacy/find-my-deletion-request";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { DeletionRequestForm } from "./_components/deletion-request-form";

export const metadata: Metadata = { title: "Mijn gegevens" };

const BREADCRUMBS = [{ label: "Mijn traject", href: "/werkzoekende" }, { label: "Mijn gegevens" }];

function DeletionStatus({ state }: { state: Extract<MyDeletionRequestState, { kind: "request" }> }) {
  const asked = formatShortDate(state.requestedAt);
  if (state.status === "REQUESTED") {
    return (
      <Alert title="Uw verzoek is in behandeling">
        U vroeg op {asked} om uw gegevens te verwijderen. Wij behandelen uw verzoek binnen een maand. U krijgt daarna bericht van ons.
      </Alert>
    );
  }
  if (state.status === "COMPLETED") {
    return (
      <Alert tone="success" title="Uw gegevens zijn verwijderd">
        Wij hebben uw verzoek van {asked} uitgevoerd{state.handledAt ? ` op ${formatShortDate(state.handledAt)}` : ""}.
      </Alert>
    );
  }
  return (
    <Alert tone="warning" title="Wij hebben uw gegevens niet verwijderd">
      Wij hebben uw verzoek van {asked} niet uitgevoerd.{" "}
      {state.refusalReason ? `De reden: ${state.refusalReason}` : "Soms moeten wij gegevens nog bewaren, bijvoorbeeld voor de wet."} Heeft u
      vragen? Neem contact op met uw bemiddelaar. U kunt hieronder opnieuw een verzoek doen.
    </Alert>
  );
}

export default async function MyDataPage() {
  const actor = await requirePortalActor("/werkzoekende");
  const deletion = await findMyDeletionRequest(actor);
  const open = deletion.kind === "request" && deletion.status === "REQUESTED";

  return (
    <div className="mx-auto max-w-3xl text-lg">
      <PageHeader
        title="Mijn gegevens"
        breadcrumbs={BREADCRUMBS}
        lead="Het Werkcentrum bewaart gegevens over u. Dat zijn uw gegevens. Hier leest u wat uw rechten zijn en hoe u ze gebruikt."
      />

      <section aria-labelledby="rechten" className="mb-10">
        <h2 id="rechten" className="mb-3 text-2xl">Uw rechten</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>U mag zien welke gegevens wij over u hebben. Download ze hieronder.</li>
          <li>
            Klopt er iets niet? Pas het aan in <Link href="/werkzoekende/profiel">Mijn profiel</Link>, of vraag het uw bemiddelaar.
          </li>
          <li>
            U bepaalt met wie wij uw gegevens delen. Dat regelt u bij <Link href="/werkzoekende/toestemmingen">Toestemmingen</Link>.
          </li>
          <li>
            U mag zien wie uw gegevens heeft bekeken. Dat staat bij{" "}
            <Link href="/werkzoekende/toestemmingen/inzage">Wie heeft mijn gegevens bekeken</Link>.
          </li>
          <li>U mag vragen om uw gegevens te verwijderen. Dat doet u onderaan deze pagina.</li>
          <li>
            Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan mag u een klacht indienen bij de Autoriteit Persoonsgegevens.
          </li>
        </ul>
      </section>

      <section aria-labelledby="downloaden" className="mb-10">
        <h2 id="downloaden" className="mb-3 text-2xl">Mijn gegevens downloaden</h2>
        <p className="mb-4">
          U krijgt één bestand met al uw gegevens: uw profiel, uw hulpvragen, voordrachten, plaatsingen, toestemmingen, meldingen en wie uw
          gegevens heeft bekeken. Het bestand is een JSON-bestand. U kunt het openen met een teksteditor. Uw cv downloadt u apart bij Mijn
          profiel.
        </p>
        <a href="/werkzoekende/privacy/download" download className={buttonClasses("primary")}>
          Download mijn gegevens
        </a>
      </section>

      <section aria-labelledby="verwijderen" className="mb-10">
        <h2 id="verwijderen" className="mb-3 text-2xl">Mijn gegevens laten verwijderen</h2>
        <p className="mb-3">
          Wilt u niet meer dat wij uw gegevens bewaren? Dan kunt u vragen om ze te verwijderen. Een medewerker van het Werkcentrum bekijkt uw
          verzoek. U krijgt binnen een maand antwoord.
        </p>
        <p className="mb-4">
          Let op: als wij uw gegevens verwijderen, kunnen wij u niet meer helpen met werk zoeken. Cijfers zonder uw naam, zoals het aantal
          mensen dat werk vond, blijven bestaan.
        </p>
        {deletion.kind === "request" ? (
          <div className="mb-6">
            <DeletionStatus state={deletion} />
          </div>
        ) : null}
        {deletion.kind === "noCandidate" ? (
          <p>U bent nog niet aangemeld bij het Werkcentrum. Wij bewaren dus geen dossier van u dat we kunnen verwijderen.</p>
        ) : open ? null : (
          <DeletionRequestForm />
        )}
      </section>
    </div>
  );
}
