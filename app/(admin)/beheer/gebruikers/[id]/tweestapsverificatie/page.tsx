import type { Metadata } from "next";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { orNotFound } from "@/app/_lib/or-not-found";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getUserSecondFactor } from "@/lib/auth/second-factor/get-user-second-factor";
import { formatDate } from "@/lib/format";
import { ResetSecondFactorForm } from "./_components/reset-form";

export const metadata: Metadata = { title: "Tweestapsverificatie van een gebruiker" };

/** ADMIN: whether a user has a second factor, and resetting it (a lost phone and lost recovery codes). */
export default async function UserSecondFactorPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/beheer");
  const { id } = await params;
  const user = await orNotFound(() => getUserSecondFactor({ actor, userId: id }));

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg">
      <PortalBreadcrumbs
        crumbs={[
          { label: "Home", href: "/" },
          { label: "Beheer", href: "/beheer" },
          { label: "Gebruikers", href: "/beheer/gebruikers" },
          { label: user.name, href: `/beheer/gebruikers/${user.id}` },
          { label: "Tweestapsverificatie" },
        ]}
      />
      <h1 className="mb-4 text-3xl font-bold">Tweestapsverificatie van {user.name}</h1>
      <dl className="mb-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Rol</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{user.enabledAt ? `Aan sinds ${formatDate(user.enabledAt)}` : "Uit"}</dd>
        {user.enabledAt ? (
          <>
            <dt className="font-semibold">Herstelcodes over</dt>
            <dd>{user.recoveryCodesLeft} van 10</dd>
          </>
        ) : null}
        <dt className="font-semibold">Verplicht</dt>
        <dd>{user.required ? "Ja, voor deze rol" : "Nee, deze gebruiker kiest zelf"}</dd>
      </dl>

      <section aria-labelledby="resetten">
        <h2 id="resetten" className="mb-2 text-2xl font-bold">
          Tweede factor resetten
        </h2>
        <p className="mb-4">
          Doe dit alleen als de gebruiker zijn telefoon én herstelcodes kwijt is en u zeker weet met wie u spreekt (bijvoorbeeld door
          terug te bellen op het bekende nummer). De reset wordt vastgelegd in het auditlog.
        </p>
        {user.enabledAt ? <ResetSecondFactorForm userId={user.id} userName={user.name} /> : <p>Er is niets te resetten: tweestapsverificatie staat uit.</p>}
      </section>
    </div>
  );
}
