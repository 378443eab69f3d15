type Formatted = { _errors?: string[]; [key: string]: unknown };
type Flattened = { formErrors: string[]; fieldErrors: Record<string, string[]> };

/**
 * Flattens zod's formatted errors to dotted paths ("instruments.1.wageValuePct"), so a repeated
 * instrument row shows its error next to the right field.
 */
export function flattenToDottedFields(errors: unknown): Flattened {
  const result: Flattened = { formErrors: [], fieldErrors: {} };
  const walk = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node as Formatted)) {
      if (key === "_errors" && Array.isArray(value)) {
        if (value.length === 0) continue;
        if (path.length === 0) result.formErrors.push(...(value as string[]));
        else (result.fieldErrors[path.join(".")] ??= []).push(...(value as string[]));
      } else walk(value, [...path, key]);
    }
  };
  walk(errors, []);
  return result;
}

export const DOTTED_FIELD_ERRORS = { handleValidationErrorsShape: async (errors: unknown) => flattenToDottedFields(errors) };
