import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import type { Actor } from "@/lib/auth/actor";
import { startPageFor } from "@/lib/auth/start-page";

/** Breadcrumbs back to "Mijn account" and the page's heading, for every page under /account. */
export function AccountSubpageHeader({ actor, title }: { actor: Pick<Actor, "role">; title: string }) {
  return (
    <>
      <PortalBreadcrumbs
        crumbs={[{ label: "Home", href: "/" }, { label: "Mijn portaal", href: startPageFor(actor.role) }, { label: "Mijn account", href: "/account" }, { label: title }]}
      />
      <h1 className="mb-4 text-3xl font-bold">{title}</h1>
    </>
  );
}
