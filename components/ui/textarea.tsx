import type { TextareaHTMLAttributes } from "react";
import { cx } from "./cx";
import { CONTROL_CLASSES } from "./text-input";

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement>;

export function Textarea({ className, rows = 5, ...props }: TextareaProps) {
  return <textarea rows={rows} className={cx(CONTROL_CLASSES, "sm:max-w-2xl", className)} {...props} />;
}
