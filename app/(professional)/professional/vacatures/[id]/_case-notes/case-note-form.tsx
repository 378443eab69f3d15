"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Select, Textarea } from "@/components/ui";
import { CASE_NOTE_MAX, type AddCaseNoteInput } from "@/lib/case-notes/schemas";
import { addCaseNoteAction } from "./actions";

const IDS = { text: "aantekening", candidateId: "aantekening-kandidaat" };

/** Add a matchtafel note; a bemiddelaar may link one of their own candidates proposed for this vacancy. */
export function CaseNoteForm({ vacancyId, candidates }: { vacancyId: string; candidates: { id: string; name: string }[] }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormAction(
    addCaseNoteAction,
    (data): AddCaseNoteInput => ({ vacancyId, text: String(data.get("text") ?? ""), candidateId: String(data.get("candidateId") ?? "") }),
    {
      onSuccess: () => {
        formRef.current?.reset();
        router.refresh();
      },
    },
  );

  return (
    <form ref={formRef} id="aantekening-formulier" method="post" noValidate onSubmit={form.onSubmit} aria-label="Aantekening toevoegen">
      <h3 className="mb-3 text-xl">Aantekening toevoegen</h3>
      {form.hasSucceeded ? (
        <p role="status" className="mb-4 font-semibold">
          De aantekening is opgeslagen.
        </p>
      ) : null}
      <ErrorSummary errors={form.summary(IDS)} />
      <Field id={IDS.text} label="Aantekening" hint={`Alleen professionals zien dit. Maximaal ${CASE_NOTE_MAX} tekens.`} error={form.fieldError("text")}>
        {(c) => <Textarea {...c} name="text" rows={4} maxLength={CASE_NOTE_MAX} />}
      </Field>
      {candidates.length > 0 ? (
        <Field id={IDS.candidateId} label="Over kandidaat" optional hint="Alleen uw eigen kandidaten die u voor deze vacature heeft voorgedragen." error={form.fieldError("candidateId")}>
          {(c) => <Select {...c} name="candidateId" defaultValue="" placeholder="Geen kandidaat" options={candidates.map((x) => ({ value: x.id, label: x.name }))} />}
        </Field>
      ) : null}
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Aantekening opslaan
      </Button>
    </form>
  );
}
