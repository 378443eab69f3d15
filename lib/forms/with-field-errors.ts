import "server-only";
import { returnValidationErrors } from "next-safe-action";
import type { z } from "zod";
import { isFieldInputError } from "./field-input-error";

type Formatted = { _errors?: string[]; [key: string]: unknown };
type Flattened = { formErrors: string[]; fieldErrors: Record<string, string[]> };

function collect(node: unknown, into: string[]): void {
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Formatted)) {
    if (key === "_errors" && Array.isArray(value)) into.push(...(value as string[]));
    else collect(value, into);
  }
}

/**
 * The flattened shape the form hook reads, but errors deeper in a field (one skill's level in the
 * skills list) are kept at that top-level field instead of being dropped.
 */
export function flattenToTopLevelFields(errors: unknown): Flattened {
  const result: Flattened = { formErrors: [], fieldErrors: {} };
  for (const [key, value] of Object.entries((errors ?? {}) as Formatted)) {
    if (key === "_errors" && Array.isArray(value)) {
      result.formErrors.push(...(value as string[]));
      continue;
    }
    const messages: string[] = [];
    collect(value, messages);
    if (messages.length > 0) result.fieldErrors[key] = messages;
  }
  return result;
}

/** Pass as the second argument of `.inputSchema(schema, FIELD_ERRORS)` in the vacancy actions. */
export const FIELD_ERRORS = { handleValidationErrorsShape: async (errors: unknown) => flattenToTopLevelFields(errors) };

/**
 * For server actions: runs the domain function and turns a FieldInputError (bad input only the
 * database can spot) into a validation error at that form field, like the zod errors.
 */
export async function withFieldErrors<T>(schema: z.ZodType, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isFieldInputError(error)) {
      returnValidationErrors(schema as never, { [error.field]: { _errors: [error.userMessage] } } as never);
    }
    throw error;
  }
}
