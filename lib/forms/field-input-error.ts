import { AppError } from "@/lib/errors";

/**
 * Bad input that only the database can spot (an unknown occupation class, skill, work area or
 * bemiddelaar). Carries the form field, so the action can show the Dutch message at that field.
 */
export class FieldInputError extends AppError {
  readonly field: string;

  constructor(field: string, userMessage: string) {
    super("INVALID_INPUT", { userMessage });
    this.name = "FieldInputError";
    this.field = field;
  }
}

export function isFieldInputError(error: unknown): error is FieldInputError {
  return error instanceof FieldInputError;
}
