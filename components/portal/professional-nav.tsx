import type { Actor } from "@/lib/auth/actor";
import { countOpenInboxQuestions } from "@/lib/questions/count-open-inbox-questions";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { PortalNavLinks, type PortalNavItem } from "./portal-nav-links";

/** The professional workplace's sections; Inbox and Afspraken only for accountmanagers. */
export async function ProfessionalNav({ actor }: { actor: Actor }) {
  const isAccountManager = actor.role === "ACCOUNT_MANAGER";
  const isMediator = actor.role === "JOB_MEDIATOR";
  const [unread, openQuestions] = await Promise.all([
    countUnreadNotifications(actor),
    isAccountManager ? countOpenInboxQuestions(actor) : Promise.resolve(0),
  ]);
  const items: PortalNavItem[] = [
    { href: "/professional", label: "Werklijst" },
    { href: "/professional/werkgevers", label: "Werkgevers" },
    { href: "/professional/vacatures", label: "Vacatures" },
    ...(isMediator ? [{ href: "/professional/kandidaten", label: "Kandidaten" }] : []),
    { href: "/professional/voordrachten", label: "Voordrachten" },
    { href: "/professional/plaatsingen", label: "Plaatsingen" },
    ...(isMediator ? [{ href: "/professional/overdrachten", label: "Overdrachten" }] : []),
    ...(isAccountManager
      ? [
          { href: "/professional/inbox", label: "Inbox", count: openQuestions, countLabel: "open vragen" },
          { href: "/professional/afspraken", label: "Afspraken" },
          { href: "/professional/aanvragen", label: "Aanvragen" },
          { href: "/professional/evenementen", label: "Evenementen" },
          { href: "/professional/sroi", label: "SROI" },
        ]
      : []),
    { href: "/professional/opvolging", label: "Contactafspraken/opvolging" },
    { href: "/professional/team", label: "Team" },
    { href: "/professional/meldingen", label: "Meldingen", count: unread, countLabel: "ongelezen" },
    { href: "/professional/profiel", label: "Mijn profiel" },
  ];
  return (
    <nav aria-label="Werkplek" className="no-print mb-6 border-b-2 border-line-light pb-2">
      <PortalNavLinks items={items} startHref="/professional" />
    </nav>
  );
}
