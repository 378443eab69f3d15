import type { Metadata } from "next";
import { EndAllSessionsSection } from "@/components/auth/end-all-sessions-section";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getProfessionalProfile } from "@/lib/auth/professional-profile/get-professional-profile";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ProfileForm } from "./_components/profile-form";
import { endAllOwnSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Mijn profiel" };

export default async function ProfessionalProfilePage() {
  const actor = await requirePortalActor("/professional");
  const profile = await getProfessionalProfile(actor);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Werklijst", href: "/professional" }, { label: "Mijn profiel" }]} />
      <h1 className="mb-4 text-3xl font-bold">Mijn profiel</h1>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt>Naam</dt>
        <dd className="font-semibold">{profile.name}</dd>
        <dt>Rol</dt>
        <dd>{ROLE_LABELS[actor.role]}</dd>
        {profile.partnerOrganisation && (
          <>
            <dt>Organisatie</dt>
            <dd>{profile.partnerOrganisation}</dd>
          </>
        )}
        <dt>E-mailadres</dt>
        <dd>{profile.email}</dd>
      </dl>
      <p className="mb-6">Uw telefoonnummer en aandachtsgebieden ziet u terug in het smoelenboek. Werkgevers zien uw telefoonnummer als u hun vaste contactpersoon bent.</p>
      <ProfileForm initialPhone={profile.phone ?? ""} initialFocusAreas={profile.focusAreas} />
      <EndAllSessionsSection action={endAllOwnSessionsAction} />
    </div>
  );
}
