import Link from "next/link";
import { DataTable, StatusBadge } from "@/components/ui";
import { HELP_QUESTION_LABELS, HELP_REQUEST_STATUS_LABELS } from "@/lib/help-requests/labels";
import { EDUCATION_LEVEL_LABELS } from "@/lib/candidate-profile/labels";
import type { CandidateDossier } from "@/lib/caseload/get-candidate-dossier";
import { CONSENT_PURPOSE_LABELS } from "@/lib/caseload/labels";
import { CONSENT_EVENT_LABELS } from "@/lib/consents/consent-state";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { SKILL_LEVEL_LABELS } from "@/lib/vacancies/labels";
import { ageInYears, hoursText } from "./format";

const unknown = <span className="text-muted">Niet bekend</span>;
const DL = "grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] [&_dd]:[overflow-wrap:anywhere]";

export function ContactDetails({ dossier }: { dossier: CandidateDossier }) {
  return (
    <dl className={DL}>
      <dt className="font-semibold">E-mailadres</dt>
      <dd>{dossier.email ? <a href={`mailto:${dossier.email}`}>{dossier.email}</a> : unknown}</dd>
      <dt className="font-semibold">Telefoon</dt>
      <dd>{dossier.phone ? <a href={`tel:${dossier.phone.replace(/[^+\d]/g, "")}`}>{dossier.phone}</a> : unknown}</dd>
      <dt className="font-semibold">Postcode en gemeente</dt>
      <dd>{[dossier.postcode, dossier.municipality].filter(Boolean).join(", ") || unknown}</dd>
      <dt className="font-semibold">Geboortedatum</dt>
      <dd>{dossier.birthDate ? `${formatDutchDate(dossier.birthDate)} (${ageInYears(dossier.birthDate)} jaar)` : unknown}</dd>
      <dt className="font-semibold">Account in het portaal</dt>
      <dd>{dossier.hasAccount ? "Ja, de kandidaat kan zelf inloggen" : "Nee"}</dd>
    </dl>
  );
}

export function ProfileDetails({ dossier }: { dossier: CandidateDossier }) {
  return (
    <>
      <dl className={DL}>
        <dt className="font-semibold">Wens: beroepsklassen</dt>
        <dd>{dossier.occupationWishes.map((wish) => wish.name).join(", ") || unknown}</dd>
        <dt className="font-semibold">Wens: werkgebieden</dt>
        <dd>{dossier.workAreaWishes.map((wish) => wish.name).join(", ") || unknown}</dd>
        <dt className="font-semibold">Uren</dt>
        <dd>{hoursText(dossier.hoursPerWeekMin, dossier.hoursPerWeekMax) ?? unknown}</dd>
        <dt className="font-semibold">Maximale reistijd</dt>
        <dd>{dossier.maxTravelMinutes !== null ? `${dossier.maxTravelMinutes} minuten` : unknown}</dd>
        <dt className="font-semibold">Beschikbaar vanaf</dt>
        <dd>{dossier.availableFrom ? formatDutchDate(dossier.availableFrom) : unknown}</dd>
        <dt className="font-semibold">Opleidingsniveau</dt>
        <dd>{dossier.educationLevel ? EDUCATION_LEVEL_LABELS[dossier.educationLevel] : unknown}</dd>
        <dt className="font-semibold">Talen</dt>
        <dd>{dossier.languages.join(", ") || unknown}</dd>
        <dt className="font-semibold">Rijbewijs B</dt>
        <dd>{dossier.drivingLicence ? "Ja" : "Nee"}</dd>
        <dt className="font-semibold">Doelgroepen</dt>
        <dd>{dossier.targetGroups.map((group) => group.name).join(", ") || "Geen"}</dd>
      </dl>
      <h3 className="mt-6 mb-2 text-xl">Vaardigheden</h3>
      {dossier.skills.length === 0 ? (
        <p>Er zijn nog geen vaardigheden ingevuld.</p>
      ) : (
        <DataTable caption="Vaardigheden met niveau, hoogste niveau eerst" rows={dossier.skills} rowKey={(skill) => skill.code}
          columns={[
            { header: "Vaardigheid", rowHeader: true, cell: (skill) => skill.label },
            { header: "Niveau", cell: (skill) => SKILL_LEVEL_LABELS[skill.level] ?? String(skill.level) },
          ]} />
      )}
    </>
  );
}

export function ConsentDetails({ dossier }: { dossier: CandidateDossier }) {
  const sharing = dossier.sharesWithPartners;
  return (
    <>
      <p className="mb-4">
        <span className="font-semibold">Deelt het profiel met de partners van het Werkcentrum: </span>
        {sharing.kind === "granted" ? (
          <StatusBadge tone="success">{`Ja, sinds ${formatDutchDate(sharing.since)}`}</StatusBadge>
        ) : sharing.kind === "none" ? (
          <StatusBadge tone="warning">Nee, geen toestemming</StatusBadge>
        ) : (
          <StatusBadge tone="warning">{`Nee: ${CONSENT_EVENT_LABELS[sharing.kind].toLowerCase()} op ${formatDutchDate(sharing.since)}`}</StatusBadge>
        )}
      </p>
      <p className="mb-4 text-muted">Alleen de kandidaat geeft of trekt toestemming in, in het eigen portaal.</p>
      {dossier.consents.length > 0 ? (
        <DataTable caption="Alle toestemmingen, nieuwste eerst" rows={dossier.consents} rowKey={(consent) => consent.id}
          columns={[
            { header: "Waarvoor", rowHeader: true, cell: (consent) => <>{CONSENT_PURPOSE_LABELS[consent.purpose]}{consent.with ? <span className="block text-muted">{consent.with}</span> : null}</> },
            { header: "Gegeven", cell: (consent) => (consent.grantedAt ? formatDutchDate(consent.grantedAt) : "–") },
            { header: "Geweigerd", cell: (consent) => (consent.declinedAt ? formatDutchDate(consent.declinedAt) : "–") },
            { header: "Ingetrokken", cell: (consent) => (consent.revokedAt ? formatDutchDate(consent.revokedAt) : "–") },
          ]} />
      ) : null}
    </>
  );
}

export function HelpRequests({ dossier }: { dossier: CandidateDossier }) {
  if (dossier.helpRequests.length === 0) return <p>Deze kandidaat heeft geen hulpvraag gesteld via het portaal.</p>;
  return (
    <DataTable caption="Hulpvragen, nieuwste eerst" rows={dossier.helpRequests} rowKey={(request) => request.id}
      columns={[
        {
          header: "Hulpvraag",
          rowHeader: true,
          cell: (request) => <>{HELP_QUESTION_LABELS[request.question]}{request.text ? <span className="block text-muted whitespace-pre-line">{request.text}</span> : null}</>,
        },
        { header: "Status", cell: (request) => <StatusBadge tone={request.status === "ESCALATED" ? "warning" : request.status === "CLOSED" ? "neutral" : "info"}>{HELP_REQUEST_STATUS_LABELS[request.status]}</StatusBadge> },
        { header: "Naar", cell: (request) => <>{request.partner}<span className="block text-muted">{request.team}</span></> },
        { header: "Ingediend", cell: (request) => formatDateTime(request.createdAt) },
        { header: "Opgepakt", cell: (request) => (request.acceptedAt ? `${formatDateTime(request.acceptedAt)}${request.acceptedBy ? ` door ${request.acceptedBy}` : ""}` : "Nog niet") },
      ]} />
  );
}

export function TransferHistory({ dossier }: { dossier: CandidateDossier }) {
  if (dossier.transfers.length === 0) return <p>Deze kandidaat is nog niet overgedragen.</p>;
  return (
    <DataTable caption="Overdrachten, nieuwste eerst" rows={dossier.transfers} rowKey={(transfer) => transfer.id}
      columns={[
        { header: "Wanneer", rowHeader: true, cell: (transfer) => formatDateTime(transfer.createdAt) },
        { header: "Van", cell: (transfer) => transfer.from },
        { header: "Naar", cell: (transfer) => transfer.to },
        { header: "Door", cell: (transfer) => transfer.by },
        { header: "Reden", cell: (transfer) => transfer.reason ?? "–" },
      ]} />
  );
}

/** Public vacancies the resident showed interest in (J5). */
export function VacancyInterests({ dossier }: { dossier: CandidateDossier }) {
  if (dossier.vacancyInterests.length === 0) return <p>De kandidaat heeft nog geen interesse getoond in een openbare vacature.</p>;
  return (
    <DataTable caption="Interesse in openbare vacatures, nieuwste eerst" rows={dossier.vacancyInterests} rowKey={(interest) => interest.vacancyId}
      columns={[
        { header: "Vacature", rowHeader: true, cell: (interest) => <Link href={`/professional/vacatures/${interest.vacancyId}`}>{interest.title}</Link> },
        { header: "Werkgever", cell: (interest) => interest.employer },
        { header: "Interesse getoond op", cell: (interest) => formatDateTime(interest.createdAt) },
      ]} />
  );
}
