import type { Metadata } from "next";
import Link from "next/link";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getJobseekerStart } from "@/lib/start-pages/get-jobseeker-start";
import { formatDate } from "@/lib/format";
import { HELP_QUESTION_LABELS, HELP_REQUEST_STATUS_LABELS } from "@/lib/help-requests/labels";
import { HandoversSection } from "./_traject/handovers-section";
import { PlacementSection } from "./_traject/placement-section";
import { ProposalsSection } from "./_traject/proposals-section";

export const metadata: Metadata = { title: "Mijn traject" };

const link = "underline underline-offset-2";

export default async function JobseekerStartPage() {
  const actor = await requirePortalActor("/werkzoekende");
  const start = await getJobseekerStart(actor);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Mijn traject" }]} />
      <h1 className="mb-6 text-3xl font-bold">Mijn traject</h1>

      {!start.registered && (
        <p className="mb-8 rounded border-l-8 border-blue-800 bg-blue-50 p-4">
          U bent nog niet aangemeld bij het Werkcentrum.{" "}
          <Link href="/werkzoekende/aanmelden" className={`${link} font-semibold`}>
            Meld u aan
          </Link>
          .
        </p>
      )}

      <section aria-labelledby="bemiddelaar" className="mb-8 rounded border-2 border-gray-300 p-4">
        <h2 id="bemiddelaar" className="mb-2 text-2xl font-bold">
          Mijn bemiddelaar
        </h2>
        {start.mediator ? (
          <div>
            <p className="font-semibold">{start.mediator.name}</p>
            {start.mediator.phone && (
              <p>
                Telefoon:{" "}
                <a href={`tel:${start.mediator.phone.replace(/[^+\d]/g, "")}`} className={link}>
                  {start.mediator.phone}
                </a>
              </p>
            )}
            <p>
              E-mail:{" "}
              <a href={`mailto:${start.mediator.email}`} className={link}>
                {start.mediator.email}
              </a>
            </p>
          </div>
        ) : (
          <p>U heeft nog geen vaste bemiddelaar. Na uw aanmelding neemt iemand van het Werkcentrum contact met u op.</p>
        )}
      </section>

      <ProposalsSection actor={actor} />
      <PlacementSection actor={actor} />
      <HandoversSection actor={actor} />

      <section aria-labelledby="hulpvragen" className="mb-8">
        <h2 id="hulpvragen" className="mb-2 text-2xl font-bold">
          Mijn hulpvragen
        </h2>
        {start.helpRequests.length === 0 ? (
          <p>U heeft nog geen hulpvraag gesteld.</p>
        ) : (
          <ul className="space-y-3">
            {start.helpRequests.map((request) => (
              <li key={request.id} className="rounded border border-gray-300 p-3">
                <h3 className="text-xl font-semibold">{HELP_QUESTION_LABELS[request.question]}</h3>
                <dl className="mt-1">
                  <div>
                    <dt className="inline">Status: </dt>
                    <dd className="inline font-semibold">{HELP_REQUEST_STATUS_LABELS[request.status]}</dd>
                  </div>
                  <div>
                    <dt className="inline">Doorgestuurd naar: </dt>
                    <dd className="inline">
                      {request.team} ({request.partner})
                    </dd>
                  </div>
                  <div>
                    <dt className="inline">Gesteld op: </dt>
                    <dd className="inline">{formatDate(request.createdAt)}</dd>
                  </div>
                  {request.acceptedBy ? (
                    <div>
                      <dt className="inline">Opgepakt door: </dt>
                      <dd className="inline">
                        {request.acceptedBy}
                        {request.acceptedAt ? ` op ${formatDate(request.acceptedAt)}` : ""}
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {request.status === "ROUTED" || request.status === "ESCALATED" ? (
                  <p className="mt-2">
                    Wij nemen uiterlijk op <strong>{formatDate(request.dueBy)}</strong> contact met u op.
                    {request.status === "ESCALATED" ? " Het duurt langer dan afgesproken. Wij zorgen dat iemand u zo snel mogelijk helpt." : ""}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <Link href="/werkzoekende/aanmelden" className={link}>
            Een nieuwe hulpvraag stellen
          </Link>
        </p>
      </section>

      <p className="flex flex-wrap gap-x-6">
        <Link href="/werkzoekende/profiel" className={link}>
          Mijn profiel
        </Link>
        <Link href="/werkzoekende/toestemmingen" className={link}>
          Mijn toestemmingen
        </Link>
        <Link href="/leeraanbod" className={link}>
          Leeraanbod: leren en werken
        </Link>
      </p>
    </div>
  );
}
