import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert, DataTable, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { DELETION_EFFECT_LABELS, DELETION_PLAN } from "@/lib/privacy/deletion-plan";
import { getDeletionRequest } from "@/lib/privacy/get-deletion-request";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { recordIdSchema } from "@/lib/forms/record-id";
import { CompleteDeletionForm } from "../_components/complete-deletion-form";
import { DeletionStatusBadge } from "../_components/deletion-status";
import { RefuseDeletionForm } from "../_components/refuse-deletion-form";

export const metadata: Metadata = { title: "Verwijderverzoek" };

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePortalActor("/beheer");
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success || !can(actor, "privacy.handleDeletion")) notFound();
  return orNotFound(() => getDeletionRequest(actor, parsed.data), ["NOT_FOUND"]);
}

export default async function DeletionRequestPage({ params }: Props) {
  const request = await load((await params).id);
  const open = request.status === "REQUESTED";
  const rows = DELETION_PLAN.map((step) => ({ ...step, count: request.counts[step.key] }));

  return (
    <div>
      <PageHeader
        title="Verwijderverzoek"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Verwijderverzoeken", href: "/beheer/privacy" }, { label: "Verwijderverzoek" }]}
        lead="Controleer of er een reden is om gegevens te bewaren, bijvoorbeeld een wettelijke bewaarplicht. Voer het verzoek daarna uit of weiger het met een reden."
      />
      {request.status === "COMPLETED" ? (
        <Alert tone="success" title="Dit verzoek is uitgevoerd">
          De gegevens van deze inwoner zijn verwijderd of geanonimiseerd{request.handledAt ? ` op ${formatDateTime(request.handledAt)}` : ""}.
        </Alert>
      ) : null}
      {request.status === "REFUSED" ? (
        <Alert tone="warning" title="Dit verzoek is geweigerd">
          {request.refusalReason ? `Reden: ${request.refusalReason}` : null}
        </Alert>
      ) : null}
      <dl className="my-6 grid max-w-3xl gap-x-6 gap-y-2 border-y border-line-light py-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Kandidaatnummer</dt>
        <dd className="break-all">{request.candidateId}</dd>
        <dt className="font-semibold">Ontvangen op</dt>
        <dd>{formatDateTime(request.requestedAt)}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          <DeletionStatusBadge status={request.status} />
        </dd>
        {request.handledAt ? (
          <>
            <dt className="font-semibold">Afgehandeld</dt>
            <dd>
              {formatDateTime(request.handledAt)}
              {request.handledBy ? ` door ${request.handledBy.name}` : ""}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">Toelichting van de inwoner</dt>
        <dd className="whitespace-pre-line">{request.reason ?? "Geen toelichting."}</dd>
      </dl>

      <section aria-labelledby="gevolgen" className="mb-10">
        <h2 id="gevolgen" className="mb-4 text-2xl">
          {open ? "Wat er gebeurt" : "Wat er is gebeurd"}
        </h2>
        <DataTable
          caption="Gegevens van deze inwoner per soort, met wat er bij uitvoeren mee gebeurt"
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { header: "Gegevens", rowHeader: true, cell: (row) => row.label },
            { header: "Aantal", numeric: true, cell: (row) => row.count },
            { header: "Bij uitvoeren", cell: (row) => DELETION_EFFECT_LABELS[row.effect] },
            { header: "Toelichting", cell: (row) => row.explanation },
          ]}
        />
      </section>

      {open ? (
        <>
          <section aria-labelledby="uitvoeren" className="mb-10 max-w-3xl">
            <h2 id="uitvoeren" className="mb-3 text-2xl">
              Verzoek uitvoeren
            </h2>
            <p className="mb-4">
              Alles gebeurt in één keer. De inwoner krijgt geen bericht meer: het account bestaat daarna niet meer. Het uitvoeren komt in het
              auditlog.
            </p>
            <CompleteDeletionForm requestId={request.id} />
          </section>
          <section aria-labelledby="weigeren" className="max-w-3xl">
            <h2 id="weigeren" className="mb-3 text-2xl">
              Verzoek weigeren
            </h2>
            <RefuseDeletionForm requestId={request.id} />
          </section>
        </>
      ) : null}
    </div>
  );
}
