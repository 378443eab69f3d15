"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { SKILL_LIMITS } from "@/lib/skills/schemas";
import { renameSkillAction } from "../actions";

/** Rename a skill; vacancies and profiles that have it show the new name at once. */
export function RenameSkillForm({ code, label }: { code: string; label: string }) {
  const router = useRouter();
  const form = useFormAction(renameSkillAction, (data) => ({ code, label: String(data.get("label") ?? "") }), {
    onSuccess: () => {
      router.push(`/beheer/vaardigheden/${code}?opgeslagen=1`);
      router.refresh();
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Vaardigheid hernoemen">
      <ErrorSummary errors={form.summary({ label: "naam", code: "formulier" })} title="De naam is nog niet gewijzigd" />
      <Field id="naam" label="Naam" error={form.fieldError("label")}>
        {(control) => <TextInput {...control} name="label" defaultValue={label} maxLength={SKILL_LIMITS.label.max} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Naam opslaan
      </Button>
    </form>
  );
}
