import type { Metadata } from "next";
import Link from "next/link";
import { CONTACT_EMAIL } from "@/components/layout/site-footer";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Privacyverklaring" };

export default function PrivacyStatementPage() {
  return (
    <>
      <PageHeader
        title="Privacyverklaring"
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Privacyverklaring" }]}
        lead="Hier leest u welke gegevens het Werkcentrum van u gebruikt, waarom, hoe lang wij ze bewaren en welke rechten u heeft."
      />
      <div className="prose-nl">
        <h2>Wie is verantwoordelijk?</h2>
        <p>
          Het Werkcentrum Gooi en Vechtstreek is een samenwerking van UWV, de gemeenten Blaricum, Eemnes, Gooise Meren,
          Hilversum, Huizen, Laren en Wijdemeren, en hun partners. Elke organisatie is verantwoordelijk voor de gegevens die
          zij voor haar eigen wettelijke taak gebruikt. Voor deze website en het gezamenlijke loket hebben de partners
          afspraken gemaakt over wie wat mag zien. Heeft u een vraag? Dan kunt u altijd bij het Werkcentrum terecht; wij
          zorgen dat uw vraag bij de juiste organisatie komt.
        </p>

        <h2>Welke gegevens gebruiken wij?</h2>
        <h3>Als u de website alleen bekijkt</h3>
        <p>
          Dan vragen wij geen gegevens. Onze server houdt kort technische gegevens bij, zoals het IP-adres, om misbruik en
          aanvallen tegen te gaan.
        </p>
        <h3>Als u werkzoekende of werkende bent</h3>
        <ul>
          <li>uw naam, e-mailadres, telefoonnummer, geboortedatum en woonplaats;</li>
          <li>uw hulpvraag en de organisatie die u helpt;</li>
          <li>uw profiel: opleiding, vaardigheden, werkwensen, beschikbaarheid, talen, rijbewijs en eventueel uw cv;</li>
          <li>afspraken, voordrachten bij werkgevers, een plaatsing en de nazorg daarna;</li>
          <li>de toestemmingen die u geeft of intrekt.</li>
        </ul>
        <h3>Als u werkgever bent</h3>
        <ul>
          <li>gegevens van uw organisatie, zoals het KvK-nummer, de sector en het adres;</li>
          <li>uw naam, functie, e-mailadres en telefoonnummer als contactpersoon;</li>
          <li>uw vacatures, vragen, afspraken en contactmomenten met het Werkcentrum.</li>
        </ul>

        <h2>Waarom gebruiken wij uw gegevens?</h2>
        <ul>
          <li>om u te helpen bij het vinden van werk, ander werk of een opleiding;</li>
          <li>om werkgevers te helpen aan geschikte kandidaten en advies;</li>
          <li>om uw vraag bij de juiste partner te krijgen;</li>
          <li>om de kwaliteit van onze dienstverlening te meten, met cijfers waarin u niet herkenbaar bent.</li>
        </ul>
        <p>
          Wij doen dit omdat de wet het ons opdraagt, onder meer de Participatiewet, de Wet SUWI en de Werkloosheidswet. Uw
          profiel delen wij alleen met partners of met een werkgever als u daar toestemming voor geeft. Een werkgever ziet uw
          naam en contactgegevens pas als u dat goed vindt. Wij gebruiken nooit uw leeftijd, geslacht, afkomst of gezondheid om
          kandidaten en vacatures aan elkaar te koppelen.
        </p>

        <h2>Wie kijkt er in uw gegevens? Het logboek</h2>
        <p>
          Alleen medewerkers die u helpen, kunnen uw gegevens zien. Iedere keer dat iemand uw gegevens bekijkt of wijzigt,
          schrijven wij dat op in een logboek: wie, wanneer, welke gegevens en waarom. Niemand kan dit logboek aanpassen. Als
          werkzoekende ziet u het logboek zelf onder{" "}
          <Link href="/werkzoekende/toestemmingen">Toestemmingen</Link> nadat u bent ingelogd.
        </p>

        <h2>Hoe lang bewaren wij uw gegevens?</h2>
        <ul>
          <li>Gegevens van uw traject bewaren wij tot 2 jaar na het laatste contact, tenzij een wet een langere termijn eist.</li>
          <li>Het logboek van wie uw gegevens heeft bekeken of gewijzigd kan niemand aanpassen of wissen. Wij bewaren het hoogstens 5 jaar, zodat u en wij altijd kunnen nagaan wie uw gegevens heeft gebruikt.</li>
          <li>Gegevens van werkgevers en contactpersonen bewaren wij zolang er contact is, en daarna hoogstens 2 jaar.</li>
          <li>Technische gegevens om misbruik tegen te gaan bewaren wij hoogstens 30 dagen.</li>
        </ul>

        <h2>Uw rechten</h2>
        <p>U heeft het recht om:</p>
        <ul>
          <li>uw gegevens in te zien; als werkzoekende kunt u ze ook zelf downloaden;</li>
          <li>onjuiste gegevens te laten verbeteren;</li>
          <li>uw gegevens te laten verwijderen, als wij ze niet meer nodig hebben of niet meer mogen bewaren;</li>
          <li>uw toestemming in te trekken; dat kan altijd, onder Toestemmingen;</li>
          <li>bezwaar te maken tegen het gebruik van uw gegevens.</li>
        </ul>
        <p>
          Stuur een mail naar <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a> of vraag het aan de medewerker die u
          helpt. U krijgt binnen een maand antwoord.
        </p>

        <h2>Beveiliging</h2>
        <p>
          Wij beveiligen uw gegevens goed. Zo gebruiken wij een beveiligde verbinding, slaan wij wachtwoorden alleen versleuteld
          op en krijgt iedere medewerker alleen toegang tot wat hij of zij nodig heeft.
        </p>

        <h2>Klacht</h2>
        <p>
          Bent u het niet eens met hoe wij met uw gegevens omgaan? Neem dan eerst contact met ons op. Komen wij er samen niet
          uit, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.
        </p>

        <h2>Cookies</h2>
        <p>
          Wij gebruiken alleen functionele cookies. Lees meer in de <Link href="/cookieverklaring">cookieverklaring</Link>.
        </p>
      </div>
    </>
  );
}
