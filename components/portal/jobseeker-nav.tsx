import type { Actor } from "@/lib/auth/actor";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { PortalNavLinks, type PortalNavItem } from "./portal-nav-links";

/** The resident portal's sections, with the number of unread notifications. */
export async function JobseekerNav({ actor }: { actor: Actor }) {
  const unread = await countUnreadNotifications(actor);
  const items: PortalNavItem[] = [
    { href: "/werkzoekende", label: "Mijn traject" },
    { href: "/werkzoekende/profiel", label: "Mijn profiel" },
    { href: "/werkzoekende/toestemmingen", label: "Toestemmingen" },
    { href: "/werkzoekende/aanmelden", label: "Hulpvraag stellen" },
    { href: "/werkzoekende/privacy", label: "Mijn gegevens" },
    { href: "/werkzoekende/meldingen", label: "Meldingen", count: unread, countLabel: "ongelezen" },
  ];
  return (
    <nav aria-label="Mijn Werkcentrum" className="no-print mb-6 border-b-2 border-line-light pb-2">
      <PortalNavLinks items={items} startHref="/werkzoekende" />
    </nav>
  );
}
