import type { Metadata } from "next";
import Link from "next/link";
import { EndAllSessionsSection } from "@/components/auth/end-all-sessions-section";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { SECOND_FACTOR_PAGE_PATH } from "@/lib/auth/second-factor/paths";
import { startPageFor } from "@/lib/auth/start-page";
import { endAllOwnSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Mijn account" };

/** The own account of every role: how you sign in and which e-mail you get. Each part has its own page. */
const ACCOUNT_PAGES: { href: string; label: string; description: string }[] = [
  { href: "/account/meldingen", label: "Meldingen per e-mail", description: "kies per soort melding: direct, in een dagelijks overzicht of geen e-mail" },
  {
    href: SECOND_FACTOR_PAGE_PATH,
    label: "Tweestapsverificatie",
    description: "inloggen met uw wachtwoord én een code uit een app op uw telefoon; herstelcodes",
  },
  { href: "/account/wachtwoord", label: "Wachtwoord wijzigen", description: "kies een nieuw wachtwoord met uw huidige" },
  { href: "/account/e-mailadres", label: "E-mailadres wijzigen", description: "log voortaan in met een ander e-mailadres" },
];

export default async function AccountPage() {
  const actor = await requirePortalActor("/account");

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Mijn portaal", href: startPageFor(actor.role) }, { label: "Mijn account" }]} />
      <h1 className="mb-4 text-3xl font-bold">Mijn account</h1>
      <p className="mb-6">Hier regelt u hoe u inlogt en welke e-mail u van het Werkcentrum krijgt.</p>
      {ACCOUNT_PAGES.length > 0 && (
        <ul className="mb-8 list-disc pl-6">
          {ACCOUNT_PAGES.map((page) => (
            <li key={page.href}>
              <Link href={page.href} className="underline underline-offset-2">{page.label}</Link>: {page.description}
            </li>
          ))}
        </ul>
      )}
      <EndAllSessionsSection action={endAllOwnSessionsAction} />
    </div>
  );
}
