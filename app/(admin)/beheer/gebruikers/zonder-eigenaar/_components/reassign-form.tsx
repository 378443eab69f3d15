"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, Field, Select, TextInput } from "@/components/ui";
import { TRANSFER_REASON_MAX } from "@/lib/caseload/schemas";
import { reassignCandidateAction, reassignEmployerAction } from "../actions";

type Kind = "employer" | "candidate";

const TEXT: Record<Kind, { to: string; choose: string; button: string }> = {
  employer: { to: "Nieuwe accountmanager", choose: "Kies een accountmanager", button: "Toewijzen" },
  candidate: { to: "Nieuwe bemiddelaar", choose: "Kies een bemiddelaar", button: "Toewijzen" },
};

const DEFAULT_REASON = "De vorige eigenaar is niet meer actief in deze rol.";

/** One row's reassignment: the new owner and a reason, through the existing ownership transfer. */
export function ReassignForm({ kind, recordId, label, owners }: { kind: Kind; recordId: string; label: string; owners: { id: string; name: string }[] }) {
  const router = useRouter();
  const text = TEXT[kind];
  const idBase = `toewijzen-${kind}-${recordId}`;
  const employer = useFormAction(
    reassignEmployerAction,
    (data) => ({ organisationId: recordId, toUserId: String(data.get("toUserId") ?? ""), reason: String(data.get("reason") ?? "") }),
    { onSuccess: () => router.refresh() },
  );
  const candidate = useFormAction(
    reassignCandidateAction,
    (data) => ({ candidateId: recordId, toUserId: String(data.get("toUserId") ?? ""), reason: String(data.get("reason") ?? "") }),
    { onSuccess: () => router.refresh() },
  );
  const form = kind === "employer" ? employer : candidate;
  const formError = form.serverError;

  return (
    <form noValidate onSubmit={form.onSubmit} aria-label={`${label} toewijzen`} className="flex flex-wrap items-end gap-x-4">
      <Field id={`${idBase}-aan`} label={text.to} error={form.fieldError("toUserId")} className="mb-2">
        {(control) => <Select {...control} name="toUserId" defaultValue="" placeholder={text.choose} options={owners.map((o) => ({ value: o.id, label: o.name }))} />}
      </Field>
      <Field id={`${idBase}-reden`} label="Reden" error={form.fieldError("reason")} className="mb-2">
        {(control) => <TextInput {...control} name="reason" defaultValue={DEFAULT_REASON} maxLength={TRANSFER_REASON_MAX} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending} className="mb-2">
        {text.button}
        <span className="sr-only"> ({label})</span>
      </Button>
      <div role="alert" className="w-full">{formError ? <p className="font-semibold text-danger">{formError}</p> : null}</div>
    </form>
  );
}
