import type { Metadata } from "next";
import Link from "next/link";
import { EndAllSessionsSection } from "@/components/auth/end-all-sessions-section";
import { CandidateProfileForm } from "@/components/profile/candidate-profile-form";
import { CvSection } from "@/components/profile/cv-section";
import { Alert, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findOwnCandidateId } from "@/lib/candidate-profile/find-own-candidate";
import { getCandidateProfile } from "@/lib/candidate-profile/get-candidate-profile";
import { findVacancyFormOptions } from "@/lib/vacancies/find-vacancy-form-options";
import { deleteOwnCvAction, endAllOwnSessionsAction, saveOwnProfileAction } from "./actions";

export const metadata: Metadata = { title: "Mijn profiel" };

const crumbs = [{ label: "Home", href: "/" }, { label: "Mijn traject", href: "/werkzoekende" }, { label: "Mijn profiel" }];

export default async function OwnProfilePage() {
  const actor = await requirePortalActor("/werkzoekende");
  const candidateId = await findOwnCandidateId(actor);

  if (!candidateId) {
    return (
      <div className="mx-auto max-w-3xl text-lg">
        <PageHeader title="Mijn profiel" breadcrumbs={crumbs} />
        <Alert title="U bent nog niet aangemeld bij het Werkcentrum.">
          <p>
            Eerst aanmelden, daarna vult u hier uw profiel in.{" "}
            <Link href="/werkzoekende/aanmelden" className="font-semibold underline underline-offset-2">
              Meld u aan
            </Link>
          </p>
        </Alert>
        <EndAllSessionsSection action={endAllOwnSessionsAction} />
      </div>
    );
  }

  const profile = await getCandidateProfile({ actor, candidateId });
  const options = await findVacancyFormOptions(profile.values.skills.map((skill) => skill.skillCode));

  return (
    <div className="mx-auto max-w-3xl text-lg">
      <PageHeader
        title="Mijn profiel"
        breadcrumbs={crumbs}
        lead="Vertel wat u kunt en wat voor werk u zoekt. Uw bemiddelaar gebruikt dit om passend werk voor u te vinden."
      />
      <CandidateProfileForm action={saveOwnProfileAction} candidateId={candidateId} initial={profile.values} options={options} audience="resident" />
      <CvSection candidateId={candidateId} cv={profile.cv} deleteAction={deleteOwnCvAction} audience="resident" />
      <EndAllSessionsSection action={endAllOwnSessionsAction} />
    </div>
  );
}
