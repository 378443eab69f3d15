import type { ReactNode } from "react";
import { cx } from "./cx";
import { errorId, fieldControlProps, hintId, type FieldControlProps } from "./field-ids";

export type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Error text in words ("Vul uw e-mailadres in"); marks the control invalid and links it. */
  error?: string;
  /** Shows "(niet verplicht)" after the label; required is the default in forms. */
  optional?: boolean;
  className?: string;
  /** Receives id, aria-describedby and aria-invalid to spread on the control. */
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * Label above the control, then the hint, then the error: the NL Design System form-field pattern.
 *
 *   <Field id="email" label="E-mailadres" hint="Bijvoorbeeld naam@bedrijf.nl" error={errors.email}>
 *     {(control) => <TextInput {...control} name="email" type="email" autoComplete="email" />}
 *   </Field>
 */
export function Field({ id, label, hint, error, optional, className, children }: FieldProps) {
  return (
    <div className={cx("mb-6", error && "border-l-4 border-danger pl-4", className)}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {optional ? <span className="font-normal text-muted"> (niet verplicht)</span> : null}
      </label>
      {hint ? (
        <p id={hintId(id)} className="mt-1 text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      <div className="mt-2">{children(fieldControlProps(id, { hint: Boolean(hint), error: Boolean(error) }))}</div>
    </div>
  );
}

/** The error text of a field; also used by fieldsets (radio groups, checkboxes). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(id)} className="mt-1 font-semibold text-danger">
      <span className="sr-only">Fout: </span>
      {error}
    </p>
  );
}
