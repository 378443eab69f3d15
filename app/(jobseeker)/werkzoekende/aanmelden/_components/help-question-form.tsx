"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { newSubmissionKey } from "@/components/portal/submission-key";
import { Button, ErrorSummary } from "@/components/ui";
import type { HelpRequestFieldsFormValues } from "@/lib/help-requests/schemas";
import { submitHelpRequestAction } from "../actions";
import { HELP_QUESTION_IDS, HelpQuestionFields } from "./help-question-fields";

/** J1 for a logged-in resident: a new help question for their own record. */
export function HelpQuestionForm({ askConsent }: { askConsent: boolean }) {
  const router = useRouter();
  const keyRef = useRef<string | null>(null);
  const form = useFormAction(
    submitHelpRequestAction,
    (data): HelpRequestFieldsFormValues => {
      keyRef.current ??= newSubmissionKey();
      return {
        question: String(data.get("question") ?? "") as HelpRequestFieldsFormValues["question"],
        text: String(data.get("text") ?? ""),
        shareWithPartners: data.get("shareWithPartners") === "on",
        submissionKey: keyRef.current,
      };
    },
    {
      onSuccess: (result) => {
        if (result) router.push(`/werkzoekende/aanmelden/bevestiging/${result.helpRequestId}`);
      },
    },
  );

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Hulpvraag stellen">
      <ErrorSummary errors={form.summary(HELP_QUESTION_IDS)} title="Uw hulpvraag is nog niet verstuurd" />
      <HelpQuestionFields
        errors={{ question: form.fieldError("question"), text: form.fieldError("text"), shareWithPartners: form.fieldError("shareWithPartners") }}
        askConsent={askConsent}
      />
      <Button type="submit" disabled={form.isPending || form.hasSucceeded} aria-busy={form.isPending}>
        Hulpvraag versturen
      </Button>
    </form>
  );
}
