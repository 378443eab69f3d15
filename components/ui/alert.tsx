import type { ReactNode } from "react";
import { cx } from "./cx";

export type AlertTone = "info" | "success" | "warning" | "error";

const TONES: Record<AlertTone, { box: string; label: string }> = {
  info: { box: "border-brand bg-info-light", label: "Let op" },
  success: { box: "border-success bg-success-light", label: "Gelukt" },
  warning: { box: "border-warning bg-warning-light", label: "Waarschuwing" },
  error: { box: "border-danger bg-danger-light", label: "Fout" },
};

export type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** "status" for messages after an action (read out politely), "alert" for urgent errors. */
  role?: "status" | "alert";
  className?: string;
};

/** A notice with a coloured left border; the tone is also spoken, never carried by colour alone. */
export function Alert({ tone = "info", title, children, role, className }: AlertProps) {
  const style = TONES[tone];
  return (
    <div role={role} className={cx("mb-6 border-l-8 p-4", style.box, className)}>
      {title ? (
        <p className="font-bold">
          <span className="sr-only">{style.label}: </span>
          {title}
        </p>
      ) : (
        <span className="sr-only">{style.label}: </span>
      )}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}

/** Alias for quieter information blocks. */
export const Notice = Alert;
