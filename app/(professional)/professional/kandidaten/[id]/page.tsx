import type { Metadata } from "next";
import Link from "next/link";
import { Alert, LinkButton, PageHeader } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { cvDownloadPath } from "@/lib/candidate-profile/cv-url";
import { getCandidateDossier, type CandidateDossier } from "@/lib/caseload/get-candidate-dossier";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { orNotFound } from "@/app/_lib/or-not-found";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { AssessmentHistory } from "../_components/assessment-history";
import { ConsentDetails, ContactDetails, HelpRequests, ProfileDetails, TransferHistory, VacancyInterests } from "../_components/dossier-sections";
import { fileSizeText } from "../_components/format";
import { WorkReadyBadge } from "../_components/work-ready-badge";

export const metadata: Metadata = { title: "Kandidaat" };

/** The owner, or a bemiddelaar after an accepted handover; anyone else sees the ordinary 404 page. */
async function loadDossierOr404(actor: Actor, candidateId: string): Promise<CandidateDossier> {
  return orNotFound(() => getCandidateDossier({ actor, candidateId }));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CandidateDossierPage({ params, searchParams }: Props) {
  const actor = await requirePortalActor("/professional");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const dossier = await loadDossierOr404(actor, id);
  const base = `/professional/kandidaten/${dossier.id}`;
  const section = "mt-10";
  const lastAssessment = dossier.assessments[0];

  return (
    <div>
      <PageHeader
        title={dossier.name}
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Kandidaten", href: "/professional/kandidaten" }, { label: dossier.name }]}
        lead={
          <>
            Vaste bemiddelaar: {dossier.isOwner ? "u" : (dossier.owner?.name ?? "nog niemand")}.
            {dossier.isOwner ? null : " U ziet dit dossier omdat de kandidaat via een warme overdracht bij u is gekomen."}
          </>
        }
        action={dossier.canRecordAssessment ? <LinkButton href={`${base}/werkfit`}>Werkfit beoordelen</LinkButton> : undefined}
      />
      {query.beoordeeld === "1" ? <Alert tone="success" role="status" title="De werkfit-beoordeling is vastgelegd." /> : null}

      <nav aria-label="Acties voor deze kandidaat" className="mb-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {dossier.canEditProfile ? <li><Link href={`${base}/profiel`}>Profiel en cv bewerken</Link></li> : null}
          {dossier.canRecordAssessment ? <li><Link href={`${base}/werkfit`}>Werkfit-beoordeling vastleggen</Link></li> : null}
          <li><Link href={`${base}/matches`}>Passende vacatures (matches)</Link></li>
          {dossier.canTransferOwnership ? <li><Link href={`${base}/overdragen`}>Overdragen aan een andere bemiddelaar</Link></li> : null}
          {dossier.isOwner ? <li><Link href={`${base}/warme-overdracht`}>Warme overdracht naar een partner</Link></li> : null}
        </ul>
      </nav>

      <section aria-labelledby="contact">
        <h2 id="contact" className="mb-3 text-2xl">Contactgegevens</h2>
        <ContactDetails dossier={dossier} />
      </section>

      <section aria-labelledby="werkfit" className={section}>
        <h2 id="werkfit" className="mb-3 text-2xl">Werkfit</h2>
        <p className="mb-2">
          <WorkReadyBadge isWorkReady={dossier.isWorkReady} since={dossier.workReadySince} />
        </p>
        <p className="mb-4">{lastAssessment ? `Laatste beoordeling: ${formatDutchDate(lastAssessment.assessedOn)}.` : "Nog niet beoordeeld."}</p>
        <AssessmentHistory entries={dossier.assessments} />
      </section>

      <section aria-labelledby="profiel" className={section}>
        <h2 id="profiel" className="mb-3 text-2xl">Profiel</h2>
        <ProfileDetails dossier={dossier} />
        <h3 className="mt-6 mb-2 text-xl">Cv</h3>
        {dossier.cv ? (
          <p>
            <a href={cvDownloadPath(dossier.id)}>Cv downloaden: {dossier.cv.fileName}</a>{" "}
            <span className="text-muted">(pdf, {fileSizeText(dossier.cv.sizeBytes)}, geüpload op {formatShortDate(dossier.cv.uploadedAt)})</span>
          </p>
        ) : (
          <p>Er is nog geen cv geüpload.</p>
        )}
      </section>

      <section aria-labelledby="toestemmingen" className={section}>
        <h2 id="toestemmingen" className="mb-3 text-2xl">Toestemmingen</h2>
        <ConsentDetails dossier={dossier} />
      </section>

      <section aria-labelledby="hulpvragen" className={section}>
        <h2 id="hulpvragen" className="mb-3 text-2xl">Hulpvragen</h2>
        <HelpRequests dossier={dossier} />
      </section>

      <section aria-labelledby="interesse" className={section}>
        <h2 id="interesse" className="mb-3 text-2xl">Interesse in vacatures</h2>
        <VacancyInterests dossier={dossier} />
      </section>

      <section aria-labelledby="overdrachten" className={section}>
        <h2 id="overdrachten" className="mb-3 text-2xl">Overdrachten tussen bemiddelaars</h2>
        <TransferHistory dossier={dossier} />
      </section>
    </div>
  );
}
