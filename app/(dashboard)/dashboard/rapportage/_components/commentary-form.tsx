"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, Textarea } from "@/components/ui";
import { COMMENTARY_FIELD_LABELS, COMMENTARY_MAX_LENGTH, type ReportSection, type SaveReportCommentaryInput } from "@/lib/reports/schemas";
import { saveReportCommentaryAction } from "../[period]/actions";

/** Staff write or change the short commentary of one chapter; saving again overwrites it. */
export function CommentaryForm({ period, section, text }: { period: string; section: ReportSection; text: string }) {
  const label = COMMENTARY_FIELD_LABELS[section];
  const router = useRouter();
  const fieldId = `toelichting-${section}`;
  const form = useFormAction(
    saveReportCommentaryAction,
    (data): SaveReportCommentaryInput => ({ period, section, text: String(data.get("text") ?? "") }),
    { onSuccess: () => router.refresh() },
  );

  return (
    <form noValidate onSubmit={form.onSubmit} className="mt-4 print:hidden" aria-label={label}>
      {form.hasSucceeded ? <Alert tone="success" role="status" title="De toelichting is opgeslagen." /> : null}
      <ErrorSummary errors={form.summary({ text: fieldId, period: fieldId, section: fieldId })} title="De toelichting is nog niet opgeslagen" />
      <Field
        id={fieldId}
        label={label}
        hint={`Maximaal ${COMMENTARY_MAX_LENGTH} tekens. Zet er geen namen van inwoners in.`}
        error={form.fieldError("text") ?? form.fieldError("period") ?? form.fieldError("section")}
        optional
      >
        {(control) => <Textarea {...control} name="text" rows={4} defaultValue={text} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Toelichting opslaan
      </Button>
    </form>
  );
}
