import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { Alert } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { currentTime, isClockControlEnabled } from "@/lib/time/current-time";
import { AdvanceClockForm } from "./_components/advance-clock-form";

export const metadata: Metadata = { title: "Demoklok" };

export default async function ClockPage({ searchParams }: { searchParams: Promise<{ verzet?: string }> }) {
  const actor = await requirePortalActor("/beheer");
  if (!isClockControlEnabled() || !can(actor, "clock.control")) notFound();
  const [now, { verzet }] = await Promise.all([currentTime(), searchParams]);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Beheer", href: "/beheer" }, { label: "Demoklok" }]} />
      <h1 className="mb-4 text-3xl font-bold">Demoklok</h1>
      {verzet === "1" && <Alert tone="success">De klok is verzet en de geplande taken zijn uitgevoerd.</Alert>}
      <p className="mb-2">
        Deze omgeving draait met een verzetbare klok (alleen voor demo en test). De tijd van het portaal is nu:{" "}
        <strong data-testid="demo-now">{formatDateTime(now)}</strong>.
      </p>
      <p className="mb-6">
        Zet de klok vooruit om te zien wat er met de tijd gebeurt: herinneringen, nazorgmomenten, overdrachten die teruggaan en plaatsingen die
        duurzaam worden. De geplande taken draaien direct na het verzetten.
      </p>
      <AdvanceClockForm />
    </div>
  );
}
