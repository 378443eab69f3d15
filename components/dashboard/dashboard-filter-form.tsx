import { Button, cx, Field, Select, type SelectOption } from "@/components/ui";
import { CONTROL_CLASSES } from "@/components/ui/text-input";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { Period } from "@/lib/dashboard/period";

export type DashboardFilterOptions = {
  municipalities: SelectOption[];
  workAreas: SelectOption[];
  occupationClasses: SelectOption[];
  partners: SelectOption[];
};

export type DashboardFilterFormProps = {
  /** Where the form goes (GET), e.g. "/dashboard" or "/dashboard/suwi". */
  action: string;
  filters: DashboardFilters;
  /** From periodChoices(await currentTime()). */
  periods: Period[];
  /** Omit a list to leave that filter out of the form. */
  options: Partial<DashboardFilterOptions>;
  /** Prefix for the field ids when a page has more than one form. */
  idPrefix?: string;
};

const KIND_LABELS: Record<Period["kind"], string> = { year: "Jaren", quarter: "Kwartalen", month: "Maanden" };

/**
 * The dashboard filters as a plain GET form: the URL keeps the choice (bookmark, print, export use
 * the same figures) and it works without JavaScript. Labels above the fields, one "Toon" button.
 */
export function DashboardFilterForm({ action, filters, periods, options, idPrefix = "filter" }: DashboardFilterFormProps) {
  const groups = (["year", "quarter", "month"] as const).map((kind) => ({ kind, periods: periods.filter((p) => p.kind === kind) }));
  const hasPeriod = periods.some((p) => p.key === filters.period.key);
  const select = (name: string, label: string, list: SelectOption[] | undefined, value: string | undefined, all: string) =>
    list ? (
      <Field id={`${idPrefix}-${name}`} label={label} className="mb-0">
        {(control) => <Select {...control} name={name} defaultValue={value ?? ""} options={list} placeholder={all} className="w-full" />}
      </Field>
    ) : null;

  return (
    <form method="get" action={action} className="mb-8 rounded border-2 border-line-light bg-surface p-4" aria-label="Filters">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field id={`${idPrefix}-periode`} label="Periode" className="mb-0">
          {(control) => (
            <select {...control} name="periode" defaultValue={filters.period.key} className={cx(CONTROL_CLASSES, "min-h-12")}>
              {hasPeriod ? null : <option value={filters.period.key}>{filters.period.label}</option>}
              {groups.map((group) => (
                <optgroup key={group.kind} label={KIND_LABELS[group.kind]}>
                  {group.periods.map((period) => (
                    <option key={period.key} value={period.key}>
                      {period.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        {select("gemeente", "Gemeente", options.municipalities, filters.municipalityCode, "Alle gemeenten")}
        {select("werkgebied", "Werkgebied", options.workAreas, filters.workAreaId, "Alle werkgebieden")}
        {select("beroepsklasse", "Beroepsklasse", options.occupationClasses, filters.occupationClassCode, "Alle beroepsklassen")}
        {select("partner", "Partnerorganisatie", options.partners, filters.partnerCode, "Alle partners")}
      </div>
      <Button type="submit" className="mt-4">
        Toon
      </Button>
    </form>
  );
}
