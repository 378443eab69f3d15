import type { Metadata } from "next";
import { connection } from "next/server";
import { Alert, PageHeader } from "@/components/ui";
import { formatNumber, formatPercent } from "@/lib/labour-market/format-figures";
import { ageGroupLabel, toJobseekerRows } from "@/lib/labour-market/jobseeker-rows";
import { getLabourMarket } from "@/lib/labour-market/get-labour-market";
import { occupationClasses } from "@/lib/labour-market/labour-market-data";
import { toOccupationClassRows } from "@/lib/labour-market/occupation-class-rows";
import { SOURCES } from "@/lib/labour-market/sources";
import { BanenafspraakSection } from "./_components/banenafspraak-section";
import { HeadlineFigures } from "./_components/headline-figures";
import { JobsAndWwDuration } from "./_components/jobs-and-ww-duration";
import { JobseekersSection } from "./_components/jobseekers-section";
import { TensionSection } from "./_components/tension-section";
import { UntappedPotentialSection } from "./_components/untapped-potential-section";
import { VacanciesSection } from "./_components/vacancies-section";
import { WwSection } from "./_components/ww-section";

export const metadata: Metadata = {
  title: "Arbeidsmarkt in cijfers",
  description: "Vacatures, WW-uitkeringen, werkzoekenden en de banenafspraak in Gooi en Vechtstreek, met bronnen.",
};

const CONTENTS = [
  { id: "kerncijfers", label: "De regio in cijfers" },
  { id: "onbenut-potentieel", label: "Onbenut arbeidspotentieel" },
  { id: "vacatures", label: "Open vacatures per beroepsklasse" },
  { id: "ww", label: "WW-uitkeringen per beroepsklasse" },
  { id: "spanning", label: "Vacatures per WW-uitkering" },
  { id: "opleiding", label: "Werkzoekenden naar opleiding" },
  { id: "leeftijd", label: "Werkzoekenden naar leeftijd" },
  { id: "banenafspraak", label: "Banenafspraak" },
  { id: "banen-en-ww", label: "Banen en duur van de WW" },
];

export default async function LabourMarketPage() {
  await connection();
  const labourMarket = await getLabourMarket();
  if (!labourMarket) {
    return (
      <>
        <PageHeader title="Arbeidsmarkt in cijfers" breadcrumbs={[{ label: "Home", href: "/" }, { label: "Arbeidsmarkt" }]} />
        <Alert title="Er zijn nog geen cijfers.">De cijfers over de arbeidsmarkt worden nog ingevoerd. Probeer het later opnieuw.</Alert>
      </>
    );
  }
  const classRows = toOccupationClassRows(labourMarket, occupationClasses);
  const education = labourMarket.registeredJobseekersByEducationSept2025;
  const educationTotals = { region: education.regionTotal, nl: education.nlTotal };
  const educationRows = toJobseekerRows(
    education.rows.map((row) => ({ label: row.level, region: row.region, nl: row.nl })),
    educationTotals,
  );
  const ageSource = labourMarket.registeredJobseekersByAgeSept2025;
  const ageRows = toJobseekerRows(ageSource.map((row) => ({ label: ageGroupLabel(row.age), region: row.region, nl: row.nl })));
  const ageTotals = { region: ageSource.reduce((sum, row) => sum + row.region, 0), nl: ageSource.reduce((sum, row) => sum + row.nl, 0) };
  const oldest = ageRows.at(-1);

  return (
    <>
      <PageHeader
        title="Arbeidsmarkt in cijfers"
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Arbeidsmarkt" }]}
        lead="Cijfers over werk in Gooi en Vechtstreek: vacatures, uitkeringen en werkzoekenden. Bij elke grafiek staat een tabel met dezelfde cijfers en de bron."
      />
      <nav aria-labelledby="op-deze-pagina" className="mb-10 rounded-sm bg-surface p-5">
        <h2 id="op-deze-pagina" className="text-xl">
          Op deze pagina
        </h2>
        <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {CONTENTS.map((item) => (
            <li key={item.id}>
              <a href={`#${item.id}`}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <HeadlineFigures data={labourMarket} />
      <UntappedPotentialSection data={labourMarket} />
      <VacanciesSection rows={classRows} publishedTotal={labourMarket.headline.openVacanciesQ2_2025} />
      <WwSection rows={classRows} />
      <TensionSection rows={classRows} />
      <JobseekersSection
        id="opleiding"
        title="Werkzoekenden naar opleiding"
        groupHeader="Opleidingsniveau"
        caption="Geregistreerde werkzoekenden naar opleidingsniveau, september 2025 (aantal personen en deel van het totaal)"
        intro={`In september 2025 stonden in de regio ${formatNumber(education.regionTotal)} werkzoekenden ingeschreven bij UWV. Van een deel van hen is het opleidingsniveau niet bekend.`}
        rows={educationRows}
        totals={educationTotals}
        source={SOURCES.education}
      />
      <JobseekersSection
        id="leeftijd"
        title="Werkzoekenden naar leeftijd"
        groupHeader="Leeftijd"
        caption="Geregistreerde werkzoekenden naar leeftijd, september 2025 (aantal personen en deel van het totaal)"
        intro={oldest ? `${formatPercent(oldest.regionPct)} van de werkzoekenden in de regio valt in de groep "${oldest.label}".` : ""}
        rows={ageRows}
        totals={ageTotals}
        source={SOURCES.age}
      />
      <BanenafspraakSection data={labourMarket.banenafspraak} />
      <JobsAndWwDuration data={labourMarket} />
    </>
  );
}
