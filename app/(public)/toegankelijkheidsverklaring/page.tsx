import type { Metadata } from "next";
import { CONTACT_EMAIL } from "@/components/layout/site-footer";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Toegankelijkheidsverklaring" };

export default function AccessibilityStatementPage() {
  return (
    <>
      <PageHeader
        title="Toegankelijkheidsverklaring"
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Toegankelijkheidsverklaring" }]}
        lead="Het Werkcentrum Gooi en Vechtstreek wil dat iedereen deze website kan gebruiken, ook mensen met een beperking."
      />
      <div className="prose-nl">
        <h2>Onze ambitie</h2>
        <p>
          Deze verklaring gaat over de website van het Werkcentrum Gooi en Vechtstreek, met de openbare pagina&apos;s en de
          portalen voor werkgevers, werkzoekenden en professionals.
        </p>
        <p>
          Wij willen dat de website voldoet aan de <strong>Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA</strong>.
          Dat is de eis voor websites van de overheid (Besluit digitale toegankelijkheid overheid). Dit betekent onder meer:
        </p>
        <ul>
          <li>u kunt alles bedienen met alleen een toetsenbord;</li>
          <li>u ziet altijd waar u bent met het toetsenbord (een duidelijke focusrand);</li>
          <li>de website werkt met een schermlezer en met vergroting tot 400%;</li>
          <li>de website werkt op een klein scherm, zonder dat u opzij hoeft te scrollen;</li>
          <li>bij elke grafiek staat een tabel met dezelfde cijfers;</li>
          <li>formulieren vertellen in woorden wat er niet goed is ingevuld;</li>
          <li>wij schrijven in eenvoudige taal (taalniveau B1).</li>
        </ul>

        <h2>Nalevingsstatus</h2>
        <p>
          De website voldoet <strong>gedeeltelijk</strong> aan WCAG 2.1 niveau AA. Wij bouwen de website stap voor stap. Bij elke
          nieuwe pagina testen wij automatisch op toegankelijkheid en controleren wij de pagina met het toetsenbord. Een
          volledig onderzoek door een onafhankelijke deskundige is nog niet gedaan. Dat laten wij doen voordat de website
          helemaal af is. Daarna publiceren wij de uitkomst en zetten wij de verklaring in het landelijke register van
          toegankelijkheidsverklaringen.
        </p>

        <h3>Wat nog niet goed werkt</h3>
        <ul>
          <li>De grafieken op de pagina Arbeidsmarkt zijn niet te lezen met een schermlezer. De tabellen bij de grafieken wel.</li>
          <li>Documenten die u of wij uploaden, zoals een cv in pdf, zijn niet altijd toegankelijk.</li>
        </ul>

        <h2>Een probleem melden</h2>
        <p>Loopt u tegen iets aan dat niet werkt? Of heeft u een vraag over de toegankelijkheid? Laat het ons weten.</p>
        <ul>
          <li>
            Mail naar <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a> met als onderwerp &quot;Toegankelijkheid&quot;.
          </li>
          <li>Of bel of kom langs bij het Werkcentrum, maandag tot en met vrijdag van 9.00 tot 17.00 uur.</li>
        </ul>
        <p>
          Vertel ons op welke pagina het probleem zit en wat er niet lukt. Wij sturen binnen 5 werkdagen een bevestiging en
          binnen 3 weken een antwoord. Kunnen wij het probleem niet meteen oplossen? Dan helpen wij u op een andere manier,
          bijvoorbeeld door de informatie per mail te sturen of een afspraak te maken.
        </p>

        <h2>Niet tevreden?</h2>
        <p>
          Bent u niet tevreden over hoe wij met uw melding zijn omgegaan? Dan kunt u een klacht indienen bij het Werkcentrum.
          Komen wij er samen niet uit, dan kunt u terecht bij de Nationale ombudsman.
        </p>

        <h2>Over deze verklaring</h2>
        <p>Deze verklaring volgt het model van de Rijksoverheid (digitoegankelijk.nl). Laatst bijgewerkt: 18 maart 2026.</p>
      </div>
    </>
  );
}
