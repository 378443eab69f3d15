import type { InputHTMLAttributes, ReactNode } from "react";
import { cx } from "./cx";
import { FieldError } from "./field";
import { fieldControlProps, hintId } from "./field-ids";

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A checkbox with its label to the right, a large click target, and optional hint and error. */
export function Checkbox({ id, label, hint, error, className, ...props }: CheckboxProps) {
  return (
    <div className={cx("mb-4", error && "border-l-4 border-danger pl-4", className)}>
      <FieldError id={id} error={error} />
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          className="mt-1 size-7 shrink-0 accent-brand"
          {...fieldControlProps(id, { hint: Boolean(hint), error: Boolean(error) })}
          {...props}
        />
        <div>
          <label htmlFor={id} className="cursor-pointer">
            {label}
          </label>
          {hint ? (
            <p id={hintId(id)} className="text-muted">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
