import { FieldError } from "@/components/ui";
import { errorId } from "@/components/ui";

const SCORES = [
  { value: 1, label: "1 – Slecht" },
  { value: 2, label: "2 – Matig" },
  { value: 3, label: "3 – Voldoende" },
  { value: 4, label: "4 – Goed" },
  { value: 5, label: "5 – Heel goed" },
];

/** A 1–5 score as a radio group: a fieldset with a legend, the error linked to every radio. */
export function ScoreRadios({ id, legend, error }: { id: string; legend: string; error?: string }) {
  return (
    <fieldset id={id} className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`} aria-describedby={error ? errorId(id) : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <FieldError id={id} error={error} />
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {SCORES.map((score) => (
          <div key={score.value} className="flex items-center gap-2">
            <input type="radio" id={`${id}-${score.value}`} name="score" value={score.value} className="size-6 accent-brand" />
            <label htmlFor={`${id}-${score.value}`}>{score.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function scoreFrom(data: FormData): number {
  const value = data.get("score");
  return value === null ? Number.NaN : Number(value);
}
