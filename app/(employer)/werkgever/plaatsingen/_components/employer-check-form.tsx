"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Textarea } from "@/components/ui";
import { TEXT_MAX } from "@/lib/placements/schemas";
import { answerEmployerAftercareAction } from "../actions";
import { ScoreRadios, scoreFrom } from "@/components/placements/score-radios";

/** E6: "Hoe bevalt de plaatsing?" 1–5 and a comment. */
export function EmployerCheckForm({ checkId, months }: { checkId: string; months: number }) {
  const router = useRouter();
  const form = useFormAction(
    answerEmployerAftercareAction,
    (data) => ({ checkId, score: scoreFrom(data), comment: String(data.get("comment") ?? "") }),
    { onSuccess: () => router.refresh() },
  );
  const ids = { score: `score-${checkId}`, comment: `toelichting-${checkId}` };
  return (
    <form noValidate onSubmit={form.onSubmit} id={`formulier-${checkId}`} aria-label={`Nazorgvraag na ${months} ${months === 1 ? "maand" : "maanden"}`} className="mb-6">
      <ErrorSummary errors={form.summary({ ...ids, checkId: ids.score })} title="Uw antwoord is nog niet verstuurd" />
      <ScoreRadios id={ids.score} legend="Hoe bevalt de plaatsing?" error={form.fieldError("score")} />
      <Field id={ids.comment} label="Toelichting" optional hint="Wat gaat goed, wat kan beter?" error={form.fieldError("comment")}>
        {(control) => <Textarea {...control} name="comment" rows={4} maxLength={TEXT_MAX} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Antwoord versturen
      </Button>
    </form>
  );
}
