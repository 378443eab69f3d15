import { AppError } from "@/lib/errors";

/** Field errors keyed by the dotted form field ("employeeSkillScores.Werkmotivatie"), as the form reads them. */
export type DottedFieldErrors = { formErrors: string[]; fieldErrors: Record<string, string[]> };
export type InputIssue = { path: readonly PropertyKey[]; message: string };

type Tree = { _errors?: string[]; [key: string]: unknown };

/** next-safe-action's formatted errors (nested `_errors`) → one entry per dotted field path. */
export function flattenToDottedFields(errors: unknown): DottedFieldErrors {
  const result: DottedFieldErrors = { formErrors: [], fieldErrors: {} };
  const walk = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node as Tree)) {
      if (key === "_errors" && Array.isArray(value)) {
        if (path.length === 0) result.formErrors.push(...(value as string[]));
        else (result.fieldErrors[path.join(".")] ??= []).push(...(value as string[]));
      } else {
        walk(value, [...path, key]);
      }
    }
  };
  walk(errors, []);
  return result;
}

/** Pass as the second argument of `.inputSchema(schema, DOTTED_FIELD_ERRORS)`. */
export const DOTTED_FIELD_ERRORS = { handleValidationErrorsShape: async (errors: unknown) => flattenToDottedFields(errors) };

/** Zod issues → the nested `_errors` tree that `returnValidationErrors` expects. */
export function issuesToTree(issues: readonly InputIssue[]): Tree {
  const tree: Tree = {};
  for (const issue of issues) {
    let node = tree;
    for (const key of issue.path.map(String)) {
      if (!Object.hasOwn(node, key)) Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
      node = node[key] as Tree;
    }
    (node._errors ??= []).push(issue.message);
  }
  return tree;
}

/**
 * Bad input found by the domain function (scores checked against the active rule), with the
 * Dutch message at each field. The action turns it into validation errors for the form.
 */
export class AssessmentInputError extends AppError {
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super("INVALID_INPUT");
    this.name = "AssessmentInputError";
    this.issues = issues;
  }

  get fieldErrors(): Record<string, string[]> {
    return flattenToDottedFields(issuesToTree(this.issues)).fieldErrors;
  }
}

export function isAssessmentInputError(error: unknown): error is AssessmentInputError {
  return error instanceof AssessmentInputError;
}
