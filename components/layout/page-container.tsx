import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** The content width of the site, with side padding that still fits a 320 px screen. */
export function PageContainer({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx("mx-auto w-full max-w-6xl px-4", className)}>{children}</div>;
}
