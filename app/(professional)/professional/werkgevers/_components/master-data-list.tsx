import type { EmployerPage } from "@/lib/organisations/get-employer-page";
import { SEGMENT_LABELS } from "@/lib/organisations/master-data-schemas";

const yesNo = (value: boolean) => (value ? "Ja" : "Nee");

/** The employer's master data, segmentation and flags as a definition list. */
export function MasterDataList({ employer }: { employer: EmployerPage }) {
  const rows: [string, string | null][] = [
    ["Statutaire naam", employer.legalName],
    ["Handelsnaam", employer.tradeName],
    ["KvK-nummer", employer.kvkNumber],
    ["Adres", `${employer.street} ${employer.houseNumber}, ${employer.postcode} ${employer.city}`],
    ["Gemeente", employer.outsideRegion ? "Buiten de regio" : employer.municipality],
    ["Werkgebied", employer.workArea],
    ["Segment", SEGMENT_LABELS[employer.segment]],
    ["Sector", employer.sector],
    ["Aantal medewerkers", employer.size === null ? null : String(employer.size)],
    ["Inclusief werkgever (smaakmaker)", yesNo(employer.inclusiveEmployer)],
    ["Voorkeursleverancier", yesNo(employer.preferredSupplier)],
    ["Erkend leerbedrijf (SBB)", yesNo(employer.sbbRecognised)],
    ["Telefoon", employer.phone],
    ["E-mailadres", employer.email],
    ["Website", employer.website],
    ["Vaste accountmanager", `${employer.owner.name} (${employer.owner.email}${employer.owner.phone ? `, ${employer.owner.phone}` : ""})`],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[minmax(12rem,auto)_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value ?? "Niet bekend"}</dd>
        </div>
      ))}
    </dl>
  );
}
