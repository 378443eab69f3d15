"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Select, Textarea, TextInput } from "@/components/ui";
import { HANDOVER_REASON_MAX, HANDOVER_REASON_MIN, HANDOVER_TEAM_MAX, type CreateHandoverInput } from "@/lib/handovers/schemas";
import { createHandoverAction } from "../actions";

const IDS = { partnerCode: "partner", toTeam: "team", reason: "reden", deadline: "uiterlijk" };

type Props = {
  candidateId: string;
  partners: { code: string; name: string }[];
  defaultDeadline: string;
  deadlineMin: string;
  deadlineMax: string;
};

/** Start a warm handover: partner, optional team, reason and the acceptance deadline. */
export function HandoverForm({ candidateId, partners, defaultDeadline, deadlineMin, deadlineMax }: Props) {
  const router = useRouter();
  const form = useFormAction(
    createHandoverAction,
    (data): CreateHandoverInput => ({
      candidateId,
      partnerCode: String(data.get("partnerCode") ?? "") as CreateHandoverInput["partnerCode"],
      toTeam: String(data.get("toTeam") ?? ""),
      reason: String(data.get("reason") ?? ""),
      deadline: String(data.get("deadline") ?? ""),
    }),
    { onSuccess: () => router.push("/professional/overdrachten?gestart=1") },
  );

  return (
    <form id="formulier" method="post" noValidate onSubmit={form.onSubmit} aria-label="Warme overdracht naar een partner">
      <ErrorSummary errors={form.summary(IDS)} />
      <Field id={IDS.partnerCode} label="Partner" error={form.fieldError("partnerCode")}>
        {(c) => <Select {...c} name="partnerCode" defaultValue="" placeholder="Kies een partner" options={partners.map((p) => ({ value: p.code, label: p.name }))} />}
      </Field>
      <Field id={IDS.toTeam} label="Team" optional hint="Bijvoorbeeld: team jongeren. Laat leeg als u het team niet weet." error={form.fieldError("toTeam")}>
        {(c) => <TextInput {...c} name="toTeam" maxLength={HANDOVER_TEAM_MAX} width="medium" />}
      </Field>
      <Field id={IDS.reason} label="Reden" hint={`Waarom past de kandidaat beter bij deze partner? Minimaal ${HANDOVER_REASON_MIN}, maximaal ${HANDOVER_REASON_MAX} tekens.`} error={form.fieldError("reason")}>
        {(c) => <Textarea {...c} name="reason" rows={4} maxLength={HANDOVER_REASON_MAX} />}
      </Field>
      <Field id={IDS.deadline} label="Uiterlijk aannemen op" hint="Standaard 5 werkdagen. Niet aangenomen op deze dag? Dan komt de kandidaat bij u terug." error={form.fieldError("deadline")}>
        {(c) => <TextInput {...c} name="deadline" type="date" defaultValue={defaultDeadline} min={deadlineMin} max={deadlineMax} width="medium" />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Overdracht starten
      </Button>
    </form>
  );
}
