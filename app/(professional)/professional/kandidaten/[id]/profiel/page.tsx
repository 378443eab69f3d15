import type { Metadata } from "next";
import { CandidateProfileForm } from "@/components/profile/candidate-profile-form";
import { CvSection } from "@/components/profile/cv-section";
import { PageHeader } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getCandidateProfile, type CandidateProfileView } from "@/lib/candidate-profile/get-candidate-profile";
import { orNotFound } from "@/app/_lib/or-not-found";
import { findVacancyFormOptions } from "@/lib/vacancies/find-vacancy-form-options";
import { deleteCandidateCvAction, saveCandidateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Profiel kandidaat" };

/** The profile of a candidate the bemiddelaar owns; anyone else sees the ordinary 404 page. */
async function loadProfileOr404(actor: Actor, candidateId: string): Promise<CandidateProfileView> {
  return orNotFound(() => getCandidateProfile({ actor, candidateId }));
}

export default async function CandidateProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  const profile = await loadProfileOr404(actor, id);
  const options = await findVacancyFormOptions(profile.values.skills.map((skill) => skill.skillCode));
  const crumbs = [
    { label: "Werklijst", href: "/professional" },
    { label: "Kandidaten", href: "/professional/kandidaten" },
    { label: profile.name, href: `/professional/kandidaten/${profile.candidateId}` },
    { label: "Profiel" },
  ];

  return (
    <div className="max-w-3xl">
      <PageHeader title={`Profiel van ${profile.name}`} breadcrumbs={crumbs} lead="Vaardigheden, werkwensen en cv. De kandidaat ziet en wijzigt hetzelfde profiel." />
      <CandidateProfileForm action={saveCandidateProfileAction} candidateId={profile.candidateId} initial={profile.values} options={options} audience="professional" />
      <CvSection candidateId={profile.candidateId} cv={profile.cv} deleteAction={deleteCandidateCvAction} audience="professional" />
    </div>
  );
}
