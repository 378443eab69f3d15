import type { Metadata } from "next";
import { orNotFound } from "@/app/_lib/or-not-found";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { listCaughtMail } from "@/lib/mail/list-caught-mail";
import { formatDateTime } from "@/lib/time/amsterdam-time";

export const metadata: Metadata = { title: "Demo-mailbox" };

export default async function CaughtMailPage() {
  const actor = await requirePortalActor("/beheer");
  const mails = await orNotFound(() => listCaughtMail({ actor }));

  return (
    <div>
      <PageHeader
        title="Demo-mailbox"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Demo-mailbox" }]}
        lead="Deze omgeving draait zonder eigen mailserver (SMTP_URL is niet ingesteld). Alle e-mail die het portaal verstuurt, komt hier binnen in plaats van bij de ontvanger. De nieuwste staat bovenaan (maximaal 100)."
      />
      {mails.length === 0 ? (
        <p>Er is nog geen e-mail verstuurd.</p>
      ) : (
        <ol className="space-y-6" aria-label="Ontvangen e-mail">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded border border-gray-300 p-4" data-testid="caught-mail">
              <h2 className="mb-1 text-xl font-bold">{mail.subject || "(geen onderwerp)"}</h2>
              <dl className="mb-3 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
                <dt className="font-semibold">Aan</dt>
                <dd>{mail.envelopeTo.join(", ")}</dd>
                <dt className="font-semibold">Ontvangen</dt>
                <dd>{formatDateTime(mail.receivedAt)}</dd>
              </dl>
              <pre className="whitespace-pre-wrap break-words font-sans">{mail.textBody}</pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
