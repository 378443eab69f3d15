"use client";

import { useState } from "react";
import { Button, FieldError, Select } from "@/components/ui";
import { SKILL_LEVEL_LABELS } from "@/lib/vacancies/labels";

export type SkillOption = { code: string; label: string; kind: string; occupationClassCode: string | null };
type Row = { key: number; skillCode: string; level: string };

const LEVEL_OPTIONS = [1, 2, 3, 4].map((level) => ({ value: String(level), label: SKILL_LEVEL_LABELS[level]! }));
const KIND_SUFFIX: Record<string, string> = { basis: " (basisvaardigheid)", certificaat: " (certificaat)" };

/**
 * Skills from the taxonomy, each with a level 1–4 (used by the vacancy form and the candidate
 * profile). The list shows the trade skills (kind "vak") of the given occupation classes plus the
 * basic skills and certificates. Posts `skillCode` and `skillLevel` pairs.
 */
export function SkillsPicker({
  skills,
  occupationClassCodes,
  initial,
  error,
  legend,
  hint,
  max,
}: {
  skills: SkillOption[];
  occupationClassCodes: readonly string[];
  initial: { skillCode: string; level: number }[];
  error?: string;
  legend: string;
  hint: string;
  max: number;
}) {
  const [rows, setRows] = useState<Row[]>(() =>
    (initial.length > 0 ? initial : [{ skillCode: "", level: 2 }]).map((row, index) => ({ key: index, skillCode: row.skillCode, level: String(row.level) })),
  );
  const [nextKey, setNextKey] = useState(rows.length);

  const chosen = new Set(rows.map((row) => row.skillCode));
  const options = skills
    .filter((skill) => skill.kind !== "vak" || (skill.occupationClassCode !== null && occupationClassCodes.includes(skill.occupationClassCode)) || chosen.has(skill.code))
    .map((skill) => ({ value: skill.code, label: `${skill.label}${KIND_SUFFIX[skill.kind] ?? ""}` }));

  const update = (key: number, patch: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <fieldset className={error ? "mb-6 border-l-4 border-danger pl-4" : "mb-6"} aria-describedby="vaardigheden-hint">
      <legend className="font-semibold">{legend}</legend>
      <p id="vaardigheden-hint" className="mt-1 text-muted">
        {hint}
      </p>
      <FieldError id="skills" error={error} />
      <ol className="mt-3 space-y-4">
        {rows.map((row, index) => (
          <li key={row.key} className="flex flex-wrap items-end gap-3">
            <div className="min-w-0 grow">
              <label htmlFor={`skill-${index}`} className="block">
                Vaardigheid {index + 1}
              </label>
              <Select
                id={`skill-${index}`}
                name="skillCode"
                options={options}
                placeholder="Kies een vaardigheid"
                value={row.skillCode}
                onChange={(event) => update(row.key, { skillCode: event.target.value })}
                aria-invalid={error ? true : undefined}
              />
            </div>
            <div>
              <label htmlFor={`skill-level-${index}`} className="block">
                Niveau
              </label>
              <Select
                id={`skill-level-${index}`}
                name="skillLevel"
                options={LEVEL_OPTIONS}
                value={row.level}
                onChange={(event) => update(row.key, { level: event.target.value })}
              />
            </div>
            {rows.length > 1 ? (
              <Button variant="secondary" onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}>
                Verwijderen<span className="sr-only"> vaardigheid {index + 1}</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {rows.length < max ? (
        <Button
          variant="secondary"
          className="mt-4"
          onClick={() => {
            setRows((current) => [...current, { key: nextKey, skillCode: "", level: "2" }]);
            setNextKey((key) => key + 1);
          }}
        >
          Vaardigheid toevoegen
        </Button>
      ) : null}
    </fieldset>
  );
}
