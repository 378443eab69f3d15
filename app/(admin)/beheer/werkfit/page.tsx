import type { Metadata } from "next";
import { Alert, DataTable, LinkButton, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { findWorkReadinessRules, type WorkReadinessRuleVersion } from "@/lib/work-readiness/find-work-readiness-rules";
import { explainWorkReadinessRule } from "@/lib/work-readiness/rule-schemas";

export const metadata: Metadata = { title: "Werkfit-regel" };

/** Issue 14 O4: the active werkfit rule, in words, and every earlier version. */
export default async function WorkReadinessRulePage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const actor = await requirePortalActor("/beheer");
  const saved = (await searchParams).opgeslagen === "1";
  const versions = await findWorkReadinessRules(actor);
  const active = versions.find((rule) => rule.active);

  return (
    <>
      <PageHeader
        title="Werkfit-regel"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Werkfit-regel" }]}
        lead="Met deze regel berekent het portaal of een kandidaat werkfit is. Een wijziging maakt een nieuwe versie; eerdere beoordelingen houden de uitkomst van de versie waarmee ze zijn gedaan."
        action={active ? <LinkButton href="/beheer/werkfit/nieuwe-versie">Regel wijzigen</LinkButton> : undefined}
      />
      {saved ? <Alert tone="success" role="status" title="De nieuwe versie van de werkfit-regel is actief." /> : null}

      {active ? (
        <section aria-labelledby="actieve-regel" className="mb-10 max-w-3xl">
          <h2 id="actieve-regel" className="mb-2 text-2xl">
            Actieve regel: versie {active.version}
          </h2>
          <p className="mb-3 font-semibold">{explainWorkReadinessRule(active)}</p>
          <p className="mb-4 whitespace-pre-line">{active.description}</p>
          <h3 className="text-xl">Werknemersvaardigheden ({active.employeeSkills.length})</h3>
          <p className="mb-4">{active.employeeSkills.join(", ")}</p>
          <h3 className="text-xl">Leefgebieden ({active.lifeDomains.length})</h3>
          <p>{active.lifeDomains.join(", ")}</p>
        </section>
      ) : (
        <Alert tone="warning" title="Er is geen actieve werkfit-regel.">
          Vul de referentiedata aan met <code>npm run db:seed</code>; zonder regel kunnen bemiddelaars niet beoordelen.
        </Alert>
      )}

      <section aria-labelledby="geschiedenis">
        <h2 id="geschiedenis" className="mb-2 text-2xl">
          Alle versies
        </h2>
        <DataTable<WorkReadinessRuleVersion>
          caption={`Versies van de werkfit-regel, nieuwste eerst (${versions.length})`}
          rows={versions}
          rowKey={(rule) => String(rule.version)}
          columns={[
            { header: "Versie", rowHeader: true, cell: (rule) => `Versie ${rule.version}` },
            { header: "Gemaakt op", cell: (rule) => formatDateTime(rule.createdAt) },
            { header: "Regel", cell: (rule) => explainWorkReadinessRule(rule) },
            { header: "Beoordelingen", numeric: true, cell: (rule) => String(rule.assessments) },
            { header: "Status", cell: (rule) => (rule.active ? <StatusBadge tone="success">Actief</StatusBadge> : <StatusBadge>Vervangen</StatusBadge>) },
          ]}
        />
      </section>
    </>
  );
}
