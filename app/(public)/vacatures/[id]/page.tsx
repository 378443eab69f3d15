import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { LinkButton, PageHeader } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { findMyInterest } from "@/lib/public-vacancies/find-my-interest";
import { getPublicVacancy } from "@/lib/public-vacancies/get-public-vacancy";
import { ALREADY_INTERESTED_MESSAGE } from "@/lib/public-vacancies/schemas";
import { recordIdSchema } from "@/lib/forms/record-id";
import { CONTRACT_TYPE_LABELS } from "@/lib/vacancies/labels";
import { InterestButton } from "./interest-button";

type Props = { params: Promise<{ id: string }> };

/** One lookup per request, shared by the metadata and the page. Not public, not open or unknown → 404. */
const loadVacancy = cache(async (id: string) => {
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const vacancy = await getPublicVacancy(parsed.data);
  if (!vacancy) notFound();
  return vacancy;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const vacancy = await loadVacancy((await params).id);
  return { title: `${vacancy.title} – Vacatures`, description: `${vacancy.title} bij ${vacancy.employer} in ${vacancy.place}.` };
}

async function InterestPart({ actor, vacancyId, vacancyTitle }: { actor: Actor | null; vacancyId: string; vacancyTitle: string }) {
  if (!actor) {
    return (
      <>
        <p className="mb-3">Log in om te laten weten dat u interesse heeft. Uw bemiddelaar ziet dat dan.</p>
        <LinkButton href={`/inloggen?terug=${encodeURIComponent(`/vacatures/${vacancyId}`)}`}>Inloggen om interesse te tonen</LinkButton>
      </>
    );
  }
  if (actor.role !== "JOBSEEKER") return <p>Interesse tonen kan alleen een inwoner die is ingelogd als werkzoekende.</p>;
  const state = await findMyInterest({ actor, vacancyId });
  if (state === "interested") return <p className="font-semibold">{ALREADY_INTERESTED_MESSAGE}</p>;
  if (state === "noCandidate") {
    return (
      <p>
        U bent nog niet aangemeld bij het Werkcentrum. <Link href="/werkzoekende/aanmelden">Meld u eerst aan</Link>, dan kunt u daarna
        interesse tonen.
      </p>
    );
  }
  return <InterestButton vacancyId={vacancyId} vacancyTitle={vacancyTitle} />;
}

export default async function PublicVacancyPage({ params }: Props) {
  const vacancy = await loadVacancy((await params).id);
  const actor = await getActor();

  return (
    <>
      <PageHeader
        title={vacancy.title}
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Vacatures", href: "/vacatures" }, { label: vacancy.title }]}
        lead={`${vacancy.employer} in ${vacancy.place}`}
      />

      <dl className="max-w-3xl grid gap-x-6 gap-y-2 border-y border-line-light py-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Werkgever</dt>
        <dd>{vacancy.employer}</dd>
        <dt className="font-semibold">Plaats</dt>
        <dd>{vacancy.place}</dd>
        <dt className="font-semibold">Werkgebied</dt>
        <dd>{vacancy.workArea ?? "Niet opgegeven"}</dd>
        <dt className="font-semibold">Soort werk</dt>
        <dd>{vacancy.occupationClass.name}</dd>
        <dt className="font-semibold">Uren per week</dt>
        <dd>{vacancy.hoursPerWeek}</dd>
        <dt className="font-semibold">Contract</dt>
        <dd>
          {CONTRACT_TYPE_LABELS[vacancy.contractType]}
          {vacancy.trialPlacementWelcome ? " (starten met een proefplaatsing kan)" : ""}
        </dd>
        <dt className="font-semibold">Start</dt>
        <dd>{vacancy.startDate ? formatDutchDate(vacancy.startDate) : "In overleg"}</dd>
      </dl>

      <section aria-labelledby="omschrijving" className="mt-8 max-w-3xl">
        <h2 id="omschrijving" className="mb-3 text-2xl">
          Over het werk
        </h2>
        <p className="whitespace-pre-line">{vacancy.description}</p>
      </section>

      <section aria-labelledby="interesse" className="mt-8 max-w-3xl">
        <h2 id="interesse" className="mb-3 text-2xl">
          Interesse?
        </h2>
        <InterestPart actor={actor} vacancyId={vacancy.id} vacancyTitle={vacancy.title} />
      </section>
    </>
  );
}
