import type { Metadata } from "next";
import Link from "next/link";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getEmployerStart } from "@/lib/auth/start-pages/get-employer-start";
import { formatNumber } from "@/lib/auth/start-pages/format";
import { VACANCY_STATUS_LABELS } from "@/lib/auth/start-pages/labels";
import type { VacancyStatus } from "@/generated/prisma/enums";

export const metadata: Metadata = { title: "Werkgeversportaal" };

const link = "underline underline-offset-2";

export default async function EmployerStartPage() {
  const actor = await requirePortalActor("/werkgever");
  const start = await getEmployerStart(actor);
  const statuses = Object.keys(VACANCY_STATUS_LABELS) as VacancyStatus[];

  return (
    <main id="inhoud" className="mx-auto max-w-4xl px-4 py-8 text-lg">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Werkgeversportaal" }]} />
      <h1 className="mb-2 text-3xl font-bold">Werkgeversportaal</h1>
      {start.organisationName ? (
        <p className="mb-8">{start.organisationName}</p>
      ) : (
        <p className="mb-8">
          U heeft nog geen organisatie aangemeld.{" "}
          <Link href="/werkgever/registreren" className={link}>
            Meld uw organisatie aan
          </Link>
          .
        </p>
      )}

      <section aria-labelledby="contactpersoon" className="mb-8 rounded border-2 border-gray-300 p-4">
        <h2 id="contactpersoon" className="mb-2 text-2xl font-bold">
          Uw vaste contactpersoon
        </h2>
        {start.contactPerson ? (
          <div>
            <p className="font-semibold">{start.contactPerson.name}</p>
            {start.contactPerson.jobTitle && <p>{start.contactPerson.jobTitle}</p>}
            {start.contactPerson.phone && (
              <p>
                Telefoon:{" "}
                <a href={`tel:${start.contactPerson.phone.replace(/[^+\d]/g, "")}`} className={link}>
                  {start.contactPerson.phone}
                </a>
              </p>
            )}
            <p>
              E-mail:{" "}
              <a href={`mailto:${start.contactPerson.email}`} className={link}>
                {start.contactPerson.email}
              </a>
            </p>
            <p className="mt-2">
              <Link href="/werkgever/vragen" className={link}>
                Stel een vraag
              </Link>{" "}
              of{" "}
              <Link href="/werkgever/afspraken" className={link}>
                maak een afspraak
              </Link>
              .
            </p>
          </div>
        ) : (
          <p>U krijgt een vaste contactpersoon zodra uw organisatie is aangemeld.</p>
        )}
      </section>

      <section aria-labelledby="vacatures" className="mb-8">
        <h2 id="vacatures" className="mb-2 text-2xl font-bold">
          Uw vacatures
        </h2>
        <dl className="grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1">
          {statuses.map((status) => (
            <div key={status} className="contents">
              <dt>{VACANCY_STATUS_LABELS[status]}</dt>
              <dd className="font-semibold">{formatNumber(start.vacancyCounts[status] ?? 0)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 flex flex-wrap gap-x-6">
          <Link href="/werkgever/vacatures/nieuw" className={`${link} font-semibold`}>
            Vacature doorgeven
          </Link>
          <Link href="/werkgever/vacatures" className={link}>
            Alle vacatures
          </Link>
        </p>
      </section>

      <section aria-labelledby="vragen">
        <h2 id="vragen" className="mb-2 text-2xl font-bold">
          Uw vragen
        </h2>
        <p>
          Vragen zonder antwoord: <strong>{formatNumber(start.openQuestions)}</strong>.{" "}
          <Link href="/werkgever/vragen" className={link}>
            Naar uw vragen
          </Link>
        </p>
      </section>
    </main>
  );
}
