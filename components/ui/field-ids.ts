export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

export function hintId(id: string): string {
  return `${id}-hint`;
}

export function errorId(id: string): string {
  return `${id}-fout`;
}

/** The accessibility props for a form control with an optional hint and error text. */
export function fieldControlProps(id: string, options: { hint?: boolean; error?: boolean }): FieldControlProps {
  const describedBy = [options.hint ? hintId(id) : null, options.error ? errorId(id) : null].filter(Boolean).join(" ");
  return {
    id,
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(options.error ? { "aria-invalid": true as const } : {}),
  };
}
