"use client";

import { useAction } from "next-safe-action/hooks";
import type { FormEvent } from "react";
import type { FieldErrorItem } from "@/components/ui";

type FlattenedErrors = { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
// The structural part of a next-safe-action action this hook relies on.
type SafeAction<Input, Data> = (input: Input) => Promise<
  { data?: Data; serverError?: string; validationErrors?: FlattenedErrors } | undefined
>;

/**
 * The one form pattern of the app: a client form posts through a next-safe-action server action;
 * the server validates with the same zod schema and answers field errors in Dutch, shown next to
 * each field and in the ErrorSummary at the top.
 *
 *   const form = useFormAction(createVacancyAction, (data) => ({ title: data.get("title") ... }));
 *   <form onSubmit={form.onSubmit}> <ErrorSummary errors={form.summary(LABELS)} /> ...
 *   <Field id="title" error={form.fieldError("title")} ...>
 */
export function useFormAction<Input, Data>(
  action: SafeAction<Input, Data>,
  toInput: (data: FormData) => Input,
  options: { onSuccess?: (data: Data | undefined) => void } = {},
) {
  // next-safe-action's hook is typed for its own action type; this hook only needs the call shape.
  const state = useAction(action as never, {
    onSuccess: ({ data }: { data?: unknown }) => options.onSuccess?.(data as Data | undefined),
  });
  const result = state.result as { data?: Data; serverError?: string; validationErrors?: FlattenedErrors };
  const fieldErrors = result.validationErrors?.fieldErrors ?? {};

  function fieldError(name: string): string | undefined {
    return fieldErrors[name]?.[0];
  }

  /** Summary items in form order; `labels` maps field names to the ids used in the form. */
  function summary(fieldIds: Record<string, string> = {}): FieldErrorItem[] {
    const items: FieldErrorItem[] = [];
    const formError = result.serverError ?? result.validationErrors?.formErrors?.[0];
    if (formError) items.push({ fieldId: "formulier", message: formError });
    for (const [name, messages] of Object.entries(fieldErrors)) {
      if (messages?.[0]) items.push({ fieldId: fieldIds[name] ?? name, message: messages[0] });
    }
    return items;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    (state.execute as (input: Input) => void)(toInput(new FormData(event.currentTarget)));
  }

  return {
    onSubmit,
    fieldError,
    summary,
    isPending: state.isPending,
    hasSucceeded: state.hasSucceeded,
    data: result.data,
    serverError: result.serverError,
    reset: state.reset,
  };
}
