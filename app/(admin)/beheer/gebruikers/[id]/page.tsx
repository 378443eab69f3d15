import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader } from "@/components/ui";
import { orNotFound } from "@/app/_lib/or-not-found";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatNumber } from "@/lib/format";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { findAccountFormOptions } from "@/lib/users/find-account-form-options";
import { getUserForAdmin, type InvitationState, type UserDetails } from "@/lib/users/get-user-for-admin";
import { AccountForm } from "../_components/account-form";
import { BlockAccountButton } from "../_components/block-account-button";
import { InvitationControls } from "../_components/invitation-controls";
import { UserStatusBadge } from "../_components/user-status-badge";

export const metadata: Metadata = { title: "Gebruiker" };

const INVITATION_TEXT: Record<InvitationState["state"], string> = {
  open: "De uitnodiging is verstuurd en nog niet gebruikt.",
  verlopen: "De uitnodiging is verlopen zonder dat er een wachtwoord is gekozen.",
  ingetrokken: "De uitnodiging is ingetrokken; de link werkt niet meer.",
  gebruikt: "De uitnodiging is gebruikt: de gebruiker heeft een wachtwoord gekozen.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** O1: one professional's account: details, invitation, role and partner, blocking (ADMIN). */
export default async function UserPage({ params, searchParams }: Props) {
  const actor = await requirePortalActor("/beheer");
  const { id } = await params;
  const user = await orNotFound(() => getUserForAdmin({ actor, userId: id }));
  const options = await findAccountFormOptions(actor);
  const justInvited = (await searchParams).uitgenodigd === "1";

  return (
    <div className="max-w-3xl">
      <PageHeader
        title={user.name}
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Gebruikers", href: "/beheer/gebruikers" }, { label: user.name }]}
      />
      {justInvited ? (
        <div role="status" className="mb-6">
          <Alert tone="success" title="Het account is aangemaakt">
            De uitnodiging om een wachtwoord te kiezen is per e-mail verstuurd naar {user.email}.
          </Alert>
        </div>
      ) : null}

      <AccountSummary user={user} />

      {user.status === "uitgenodigd" ? (
        <section aria-labelledby="uitnodiging" className="mb-10">
          <h2 id="uitnodiging" className="mb-2 text-2xl">Uitnodiging</h2>
          <p className="mb-4">
            {user.invitation ? (
              <>
                {INVITATION_TEXT[user.invitation.state]} Verstuurd op {formatDateTime(user.invitation.sentAt)}
                {user.invitation.state === "open" ? `, geldig tot ${formatDateTime(user.invitation.expiresAt)}` : ""}.
              </>
            ) : (
              "Dit account heeft nog geen uitnodiging gekregen."
            )}
          </p>
          <InvitationControls userId={user.id} open={user.invitation?.state === "open"} />
        </section>
      ) : null}

      <section aria-labelledby="wijzigen" className="mb-10">
        <h2 id="wijzigen" className="mb-2 text-2xl">Rol en gegevens wijzigen</h2>
        <p className="mb-4">Na een wijziging van de rol of de partnerorganisatie wordt de gebruiker direct op alle apparaten uitgelogd.</p>
        <AccountForm
          initial={{
            id: user.id,
            name: user.name,
            email: user.email,
            role: user.role,
            partnerOrganisationId: user.partnerOrganisationId ?? "",
            workAreaIds: user.workAreaIds,
            focusAreas: user.focusAreas,
            phone: user.phone ?? "",
          }}
          partners={options.partners}
          workAreas={options.workAreas}
          roleLocked={user.isSelf ? "U kunt uw eigen rol niet wijzigen." : undefined}
        />
      </section>

      <section aria-labelledby="beveiliging" className="mb-10">
        <h2 id="beveiliging" className="mb-2 text-2xl">Inloggen en blokkeren</h2>
        <p className="mb-4">
          <Link href={`/beheer/gebruikers/${user.id}/tweestapsverificatie`}>Tweestapsverificatie</Link>: de tweede stap bij het inloggen van deze
          gebruiker opnieuw instellen.
        </p>
        {user.isSelf ? (
          <p>U kunt uw eigen account niet blokkeren.</p>
        ) : (
          <>
            <p className="mb-4">
              {user.disabledAt
                ? `Geblokkeerd sinds ${formatDateTime(user.disabledAt)}. Na deblokkeren kan de gebruiker weer inloggen met het eigen wachtwoord.`
                : "Een geblokkeerde gebruiker kan niet meer inloggen en wordt direct op alle apparaten uitgelogd."}
            </p>
            <BlockAccountButton userId={user.id} disabled={user.disabledAt !== null} />
          </>
        )}
      </section>
    </div>
  );
}

function AccountSummary({ user }: { user: UserDetails }) {
  const owned = user.ownedEmployers + user.ownedCandidates;
  const ownerless = user.status === "geblokkeerd" || (user.role !== "ACCOUNT_MANAGER" && user.ownedEmployers > 0) || (user.role !== "JOB_MEDIATOR" && user.ownedCandidates > 0);
  return (
    <section aria-labelledby="gegevens" className="mb-10">
      <h2 id="gegevens" className="mb-2 text-2xl">Gegevens</h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd><UserStatusBadge status={user.status} /></dd>
        <dt className="font-semibold">E-mailadres</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">Rol</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt className="font-semibold">Partnerorganisatie</dt>
        <dd>{user.partnerOrganisation ?? "Geen"}</dd>
        <dt className="font-semibold">Werkgebieden</dt>
        <dd>{user.workAreas.join(", ") || "Geen"}</dd>
        <dt className="font-semibold">Aandachtsgebieden</dt>
        <dd>{user.focusAreas.join(", ") || "Geen"}</dd>
        <dt className="font-semibold">Telefoonnummer</dt>
        <dd>{user.phone ?? "Niet ingevuld"}</dd>
        <dt className="font-semibold">Laatst ingelogd</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Nooit"}</dd>
        <dt className="font-semibold">Account aangemaakt</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
      </dl>
      {owned > 0 && ownerless ? (
        <div className="mt-6">
          <Alert tone="warning" title="Werk zonder actieve eigenaar">
            Deze gebruiker is nog eigenaar van {formatNumber(user.ownedEmployers)} {user.ownedEmployers === 1 ? "werkgever" : "werkgevers"} en{" "}
            {formatNumber(user.ownedCandidates)} {user.ownedCandidates === 1 ? "kandidaat" : "kandidaten"}.{" "}
            <Link href={`/beheer/gebruikers/zonder-eigenaar?eigenaar=${user.id}`}>Wijs ze toe aan een andere medewerker</Link>.
          </Alert>
        </div>
      ) : null}
    </section>
  );
}
