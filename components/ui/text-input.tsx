import type { InputHTMLAttributes } from "react";
import { cx } from "./cx";

export const CONTROL_CLASSES =
  "block w-full max-w-full rounded-sm border-2 border-ink bg-white px-3 py-2 text-lg text-ink aria-[invalid=true]:border-danger";

export type TextInputProps = InputHTMLAttributes<HTMLInputElement> & {
  /** Narrow inputs for short values (postcode, KvK-nummer). */
  width?: "full" | "medium" | "short";
};

const WIDTHS = { full: "", medium: "sm:max-w-sm", short: "sm:max-w-40" } as const;

export function TextInput({ className, type = "text", width = "full", ...props }: TextInputProps) {
  return <input type={type} className={cx(CONTROL_CLASSES, "min-h-12", WIDTHS[width], className)} {...props} />;
}
