import type { Actor } from "@/lib/auth/actor";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { PortalNavLinks, type PortalNavItem } from "./portal-nav-links";

/** The employer portal's sections, with the number of unread notifications. */
export async function EmployerNav({ actor }: { actor: Actor }) {
  const unread = await countUnreadNotifications(actor);
  const items: PortalNavItem[] = [
    { href: "/werkgever", label: "Start" },
    { href: "/werkgever/vacatures", label: "Vacatures" },
    { href: "/werkgever/voordrachten", label: "Voordrachten" },
    { href: "/werkgever/plaatsingen", label: "Plaatsingen" },
    { href: "/werkgever/vragen", label: "Vragen" },
    { href: "/werkgever/afspraken", label: "Afspraken" },
    { href: "/werkgever/sroi", label: "SROI" },
    { href: "/werkgever/meldingen", label: "Meldingen", count: unread, countLabel: "ongelezen" },
  ];
  return (
    <nav aria-label="Werkgeversportaal" className="no-print mb-6 border-b-2 border-line-light pb-2">
      <PortalNavLinks items={items} startHref="/werkgever" />
    </nav>
  );
}
