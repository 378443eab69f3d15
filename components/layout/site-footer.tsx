import Link from "next/link";

export const CONTACT_EMAIL = "werkcentrum@gooivechtstreek.example";
export const OPENING_HOURS = "maandag tot en met vrijdag van 9.00 tot 17.00 uur";

/** Contact, opening hours and the statements every Dutch public site must link to. */
export function SiteFooter() {
  return (
    <footer className="no-print mt-16 bg-brand-dark text-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-xl text-white">
            Contact
          </h2>
          <p className="mt-2">Bel of mail het Werkcentrum. Wij helpen u verder of verwijzen u naar de juiste partner.</p>
          <p className="mt-2">
            E-mail:{" "}
            <a href={`mailto:${CONTACT_EMAIL}`} className="wrap-anywhere text-white hover:text-white">
              {CONTACT_EMAIL}
            </a>
          </p>
        </section>
        <section aria-labelledby="footer-open">
          <h2 id="footer-open" className="text-xl text-white">
            Openingstijden
          </h2>
          <p className="mt-2">
            <abbr title="maandag tot en met vrijdag" className="no-underline">
              ma–vr
            </abbr>{" "}
            9.00–17.00 uur
          </p>
          <p className="mt-2">Het Werkcentrum is één loket van UWV, de gemeenten en partners in Gooi en Vechtstreek.</p>
        </section>
        <section aria-labelledby="footer-over">
          <h2 id="footer-over" className="text-xl text-white">
            Over deze website
          </h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/privacyverklaring" className="text-white hover:text-white">
                Privacyverklaring
              </Link>
            </li>
            <li>
              <Link href="/toegankelijkheidsverklaring" className="text-white hover:text-white">
                Toegankelijkheidsverklaring
              </Link>
            </li>
            <li>
              <Link href="/cookieverklaring" className="text-white hover:text-white">
                Cookieverklaring
              </Link>
            </li>
          </ul>
        </section>
      </div>
    </footer>
  );
}
