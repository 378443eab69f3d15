"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { advanceClockAction } from "../actions";

const ID = { days: "dagen" };

/** Moves the demo clock forward (ADMIN, CLOCK_CONTROL=on only). */
export function AdvanceClockForm() {
  const router = useRouter();
  const form = useFormAction(advanceClockAction, (data) => ({ days: String(data.get("days") ?? "") as unknown as number }), {
    onSuccess: () => {
      router.push("/beheer/klok?verzet=1");
      router.refresh();
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label="Klok vooruitzetten">
      <ErrorSummary errors={form.summary(ID)} title="De klok is niet verzet" />
      <Field id={ID.days} label="Aantal dagen vooruit" hint="Een heel getal van 1 tot en met 400." error={form.fieldError("days")}>
        {(control) => <TextInput {...control} name="days" inputMode="numeric" width="short" maxLength={3} />}
      </Field>
      <Button type="submit" disabled={form.isPending}>
        Klok vooruitzetten
      </Button>
    </form>
  );
}
