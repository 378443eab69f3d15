import { Checkbox, Field, FieldError, Textarea } from "@/components/ui";
import { HELP_QUESTION_HINTS, HELP_QUESTION_LABELS } from "@/lib/help-requests/labels";
import { HELP_QUESTIONS, HELP_TEXT_MAX_LENGTH } from "@/lib/help-requests/schemas";

export const HELP_QUESTION_IDS = {
  question: "hulpvraag",
  text: "toelichting",
  shareWithPartners: "delen-met-partners",
  submissionKey: "formulier",
} as const;

const radioId = (index: number, question: string) => (index === 0 ? HELP_QUESTION_IDS.question : `${HELP_QUESTION_IDS.question}-${question}`);

/**
 * The help question (radio group), an optional short explanation and the consent to share the
 * profile with the partners: the part a logged-in resident fills in for a new request too.
 */
export function HelpQuestionFields({
  errors,
  askConsent,
}: {
  errors: { question?: string; text?: string; shareWithPartners?: string };
  askConsent: boolean;
}) {
  const id = HELP_QUESTION_IDS.question;
  return (
    <>
      <fieldset className={errors.question ? "mb-8 border-l-4 border-danger pl-4" : "mb-8"} aria-describedby={[`${id}-uitleg`, errors.question ? `${id}-fout` : null].filter(Boolean).join(" ")}>
        <legend className="mb-2 text-2xl font-bold">Waar wilt u hulp bij?</legend>
        <p id={`${id}-uitleg`} className="text-muted">
          Kies wat het beste past. Twijfelt u? Kies dan wat u het belangrijkste vindt. Wij sturen uw vraag naar de juiste organisatie.
        </p>
        <FieldError id={id} error={errors.question} />
        <div className="mt-4 space-y-4">
          {HELP_QUESTIONS.map((question, index) => (
            <div key={question} className="flex items-start gap-3">
              <input
                type="radio"
                name="question"
                value={question}
                id={radioId(index, question)}
                aria-describedby={`${radioId(index, question)}-hint`}
                className="mt-1 size-7 shrink-0 accent-brand"
              />
              <div>
                <label htmlFor={radioId(index, question)} className="cursor-pointer font-semibold">
                  {HELP_QUESTION_LABELS[question]}
                </label>
                <p id={`${radioId(index, question)}-hint`} className="text-muted">
                  {HELP_QUESTION_HINTS[question]}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>

      <Field
        id={HELP_QUESTION_IDS.text}
        label="Wilt u iets vertellen over uw vraag?"
        hint={`Bijvoorbeeld welk werk u zoekt of wanneer u het beste bereikbaar bent. Maximaal ${HELP_TEXT_MAX_LENGTH} tekens.`}
        optional
        error={errors.text}
      >
        {(control) => <Textarea {...control} name="text" rows={4} maxLength={HELP_TEXT_MAX_LENGTH} />}
      </Field>

      {askConsent ? (
        <Checkbox
          id={HELP_QUESTION_IDS.shareWithPartners}
          name="shareWithPartners"
          label="Deel mijn profiel met de partners van het Werkcentrum"
          hint="Dan kunnen bemiddelaars van UWV, de gemeenten en de andere partners u helpen bij het vinden van werk. U kunt dit altijd weer uitzetten. Dit is niet verplicht."
          error={errors.shareWithPartners}
        />
      ) : null}
    </>
  );
}
