"use client";

import { useEffect, useId, useRef } from "react";

export type FieldErrorItem = { fieldId: string; message: string };

/**
 * The summary at the top of a form after a failed submit: role="alert", focused on render, with a
 * link to each field so keyboard and screen-reader users jump straight to the problem.
 */
export function ErrorSummary({ errors, title = "Er is iets niet goed ingevuld" }: { errors: FieldErrorItem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId(); // several forms (and so summaries) may share one page
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, errors]);

  if (!hasErrors) return null;
  return (
    <div
      ref={ref}
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      className="mb-8 border-4 border-danger bg-white p-5"
    >
      <h2 id={titleId} className="text-xl">
        {title}
      </h2>
      <ul className="mt-3 list-none space-y-1">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} className="font-semibold text-danger">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
