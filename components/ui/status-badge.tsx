import type { ReactNode } from "react";
import type { StatusTone } from "@/lib/status-tone";
import { cx } from "./cx";

export type { StatusTone };

const TONES: Record<StatusTone, string> = {
  neutral: "border-line bg-surface text-ink",
  info: "border-brand bg-brand-light text-brand-dark",
  success: "border-success bg-success-light text-success",
  warning: "border-warning bg-warning-light text-warning",
  danger: "border-danger bg-danger-light text-danger",
};

/** A status in words ("In behandeling"); the colour only supports the text. */
export function StatusBadge({ tone = "neutral", children }: { tone?: StatusTone; children: ReactNode }) {
  return (
    <span className={cx("inline-block rounded-sm border px-2 py-0.5 text-base font-semibold whitespace-nowrap", TONES[tone])}>
      {children}
    </span>
  );
}
