import Link from "next/link";
import { Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import type { ParsedAuditSearch } from "@/lib/audit/schemas";

const IDS = { kandidaat: "audit-kandidaat", email: "audit-email", van: "audit-van", tot: "audit-tot" } as const;

/** A plain GET form: every search has its own URL; errors show next to the field and in a summary. */
export function AuditSearchForm({ parsed }: { parsed: ParsedAuditSearch }) {
  const { values, errors } = parsed;
  const summary = (Object.keys(IDS) as (keyof typeof IDS)[])
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: IDS[field], message: errors[field]! }));

  return (
    <form method="get" action="/beheer/audit" role="search" aria-label="Auditlog doorzoeken" className="mb-8 rounded-sm bg-surface p-5">
      <ErrorSummary errors={summary} />
      <div className="grid gap-x-6 md:grid-cols-2">
        <Field id={IDS.kandidaat} label="Kandidaatnummer" hint="Het nummer van het kandidaatdossier" error={errors.kandidaat} optional>
          {(control) => <TextInput {...control} name="kandidaat" defaultValue={values.kandidaat} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field id={IDS.email} label="E-mailadres van de medewerker" hint="Wie de gegevens bekeek of wijzigde" error={errors.email} optional>
          {(control) => <TextInput {...control} type="email" name="email" defaultValue={values.email} autoComplete="off" />}
        </Field>
        <Field id={IDS.van} label="Vanaf datum" error={errors.van} optional>
          {(control) => <TextInput {...control} type="date" name="van" defaultValue={values.van} width="medium" />}
        </Field>
        <Field id={IDS.tot} label="Tot en met datum" error={errors.tot} optional>
          {(control) => <TextInput {...control} type="date" name="tot" defaultValue={values.tot} width="medium" />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Button type="submit">Zoeken</Button>
        <Link href="/beheer/audit">Alle filters wissen</Link>
      </div>
    </form>
  );
}
