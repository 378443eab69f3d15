import type { SelectHTMLAttributes } from "react";
import { cx } from "./cx";
import { CONTROL_CLASSES } from "./text-input";

export type SelectOption = { value: string; label: string };

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  options: SelectOption[];
  /** First option with an empty value, e.g. "Alle soorten" or "Maak een keuze". */
  placeholder?: string;
};

export function Select({ options, placeholder, className, ...props }: SelectProps) {
  return (
    <select className={cx(CONTROL_CLASSES, "min-h-12 sm:max-w-md", className)} {...props}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
