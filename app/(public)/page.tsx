import Link from "next/link";
import { CONTACT_EMAIL } from "@/components/layout/site-footer";

const DOORS = [
  {
    key: "werkgever",
    href: "/werkgever",
    title: "Ik ben werkgever",
    text: "Zoekt u personeel, of heeft u een vraag over subsidies, re-integratie of de banenafspraak? Registreer uw organisatie en krijg één vaste contactpersoon.",
  },
  {
    key: "werkzoekende",
    href: "/werkzoekende",
    title: "Ik zoek werk of ander werk",
    text: "Zoekt u werk, wilt u ander werk of wilt u iets leren? Meld u aan. Wij zoeken met u uit wie u het beste kan helpen.",
  },
  {
    key: "professional",
    href: "/inloggen",
    title: "Ik ben professional",
    text: "Werkt u bij UWV, een gemeente of een partner van het Werkcentrum? Log in op uw werkplek.",
  },
] as const;

export default function HomePage() {
  return (
    <>
      <section aria-labelledby="welkom" className="mb-10">
        <h1 id="welkom" className="text-3xl sm:text-4xl">
          Werkcentrum Gooi en Vechtstreek
        </h1>
        <p className="mt-4 max-w-3xl text-xl">
          Het Werkcentrum is één loket voor werk in Gooi en Vechtstreek. UWV, de gemeenten en hun partners werken hier
          samen. U hoeft maar op één plek aan te kloppen: wij zorgen dat uw vraag bij de juiste mensen komt.
        </p>
      </section>

      <h2 className="sr-only">Waar kunnen wij u mee helpen?</h2>
      <ul className="mb-12 grid list-none gap-6 md:grid-cols-3">
        {DOORS.map((door) => (
          <li key={door.href}>
            <Link
              href={door.href}
              aria-labelledby={`deur-${door.key}`}
              aria-describedby={`deur-${door.key}-tekst`}
              className="group flex h-full flex-col rounded-sm border-2 border-brand bg-brand-light p-6 text-ink no-underline hover:bg-white hover:text-ink"
            >
              <span id={`deur-${door.key}`} className="text-2xl font-bold text-brand underline decoration-1 underline-offset-4 group-hover:decoration-4">
                {door.title}
              </span>
              <span id={`deur-${door.key}-tekst`} className="mt-3 text-lg">{door.text}</span>
              <span aria-hidden="true" className="mt-auto pt-4 text-3xl leading-none text-brand">
                →
              </span>
            </Link>
          </li>
        ))}
      </ul>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="wat-doen-wij">
          <h2 id="wat-doen-wij" className="text-2xl">
            Wat doet het Werkcentrum?
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            <li>Wij helpen werkgevers aan geschikte kandidaten, ook na de start.</li>
            <li>
              Wij geven informatie en advies over <Link href="/instrumenten">subsidies, regelingen en belastingvoordelen</Link>.
            </li>
            <li>Wij denken mee over het anders organiseren van werk.</li>
            <li>
              Wij delen <Link href="/arbeidsmarkt">cijfers over de arbeidsmarkt in de regio</Link>.
            </li>
            <li>Wij helpen inwoners op weg naar werk, ander werk of een opleiding.</li>
          </ul>
        </section>
        <section aria-labelledby="contact" className="rounded-sm bg-surface p-6">
          <h2 id="contact" className="text-2xl">
            Contact en openingstijden
          </h2>
          <p className="mt-3">Bel of mail het Werkcentrum. Wij zijn open van maandag tot en met vrijdag, van 9.00 tot 17.00 uur.</p>
          <p className="mt-3">
            E-mail: <a href={`mailto:${CONTACT_EMAIL}`} className="wrap-anywhere">{CONTACT_EMAIL}</a>
          </p>
        </section>
      </div>
    </>
  );
}
