import { FieldError } from "@/components/ui";
import { cx } from "@/components/ui/cx";
import { errorId } from "@/components/ui/field-ids";
import { SCORE_SCALE } from "@/lib/work-readiness/schemas";

/** The first radio of a group: where the error summary links to. */
export function firstRadioId(groupId: string): string {
  return `${groupId}-${SCORE_SCALE[0].value}`;
}

type Props = {
  groupId: string;
  name: string;
  legend: string;
  error?: string;
  onChange?: () => void;
};

/** One score on the 1–4 scale: a fieldset with the item as legend and the scale labels as radios. */
export function ScoreRadioGroup({ groupId, name, legend, error, onChange }: Props) {
  return (
    <fieldset className={cx("mb-4 border-b border-line-light pb-3", error && "border-l-4 border-danger pl-4")}>
      <legend className="font-semibold">{legend}</legend>
      <FieldError id={groupId} error={error} />
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {SCORE_SCALE.map((step) => {
          const id = `${groupId}-${step.value}`;
          return (
            <div key={step.value} className="flex items-center gap-2">
              <input
                type="radio"
                id={id}
                name={name}
                value={step.value}
                className="size-6 shrink-0 accent-brand"
                aria-describedby={error ? errorId(groupId) : undefined}
                onChange={onChange}
              />
              <label htmlFor={id} className="cursor-pointer">
                {step.value} {step.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
