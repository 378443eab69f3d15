import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Cookieverklaring" };

type CookieRow = { name: string; purpose: string; lifetime: string };

/** The cookies next-auth sets for logging in (names with the prefix used on https). */
const COOKIES: CookieRow[] = [
  {
    name: "__Secure-next-auth.session-token",
    purpose: "Houdt bij dat u bent ingelogd. Zonder deze cookie moet u op elke pagina opnieuw inloggen.",
    lifetime: "Tot u uitlogt, en hoogstens 8 uur",
  },
  {
    name: "__Host-next-auth.csrf-token",
    purpose: "Beveiliging: zorgt dat alleen formulieren van deze website namens u iets kunnen versturen.",
    lifetime: "Tot u de browser sluit",
  },
  {
    name: "__Secure-next-auth.callback-url",
    purpose: "Onthoudt naar welke pagina u na het inloggen terug wilt.",
    lifetime: "Tot u de browser sluit",
  },
];

export default function CookieStatementPage() {
  return (
    <>
      <PageHeader
        title="Cookieverklaring"
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Cookieverklaring" }]}
        lead="Deze website gebruikt alleen cookies die nodig zijn om de website te laten werken. Wij volgen u niet."
      />
      <div className="prose-nl">
        <h2>Wat zijn cookies?</h2>
        <p>
          Een cookie is een klein bestand dat een website op uw computer, tablet of telefoon zet. De website kan het bestand
          later weer lezen. Zo weet de website bijvoorbeeld dat u bent ingelogd.
        </p>

        <h2>Welke cookies gebruiken wij?</h2>
        <p>
          Wij gebruiken alleen <strong>functionele cookies</strong>. Die zijn nodig om in te loggen en om uw gegevens te
          beschermen. Voor deze cookies hoeven wij u volgens de wet geen toestemming te vragen. Bezoekt u alleen de openbare
          pagina&apos;s en logt u niet in? Dan zetten wij geen cookies.
        </p>
      </div>
      <DataTable
        className="max-w-4xl"
        caption="Cookies op deze website"
        columns={[
          { header: "Naam", cell: (row) => <code className="break-all">{row.name}</code>, rowHeader: true },
          { header: "Waarvoor", cell: (row) => row.purpose },
          { header: "Hoe lang", cell: (row) => row.lifetime },
        ]}
        rows={COOKIES}
        rowKey={(row) => row.name}
      />
      <div className="prose-nl">
        <p>
          Werkt u op een testomgeving zonder beveiligde verbinding (http)? Dan heten de cookies hetzelfde, maar zonder het deel
          &quot;__Secure-&quot; of &quot;__Host-&quot; aan het begin.
        </p>

        <h2>Geen analytische of tracking cookies</h2>
        <p>
          Wij gebruiken geen cookies om bezoek te meten, geen advertentiecookies en geen cookies van sociale media. Wij delen
          geen gegevens over uw bezoek met andere partijen.
        </p>

        <h2>Cookies verwijderen</h2>
        <p>
          U kunt cookies altijd verwijderen in de instellingen van uw browser. Als u de inlogcookie verwijdert, bent u
          uitgelogd.
        </p>

        <h2>Meer weten?</h2>
        <p>
          In de <Link href="/privacyverklaring">privacyverklaring</Link> leest u hoe wij met uw persoonsgegevens omgaan.
        </p>
      </div>
    </>
  );
}
