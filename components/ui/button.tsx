import type { ButtonHTMLAttributes } from "react";
import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary";

const BASE =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-sm border-2 px-5 py-2 text-lg font-semibold no-underline transition-colors disabled:cursor-not-allowed disabled:opacity-60";

export const BUTTON_VARIANTS: Record<ButtonVariant, string> = {
  primary: "border-brand bg-brand text-white hover:border-brand-dark hover:bg-brand-dark hover:text-white",
  secondary: "border-brand bg-white text-brand hover:bg-brand-light hover:text-brand-dark",
};

export function buttonClasses(variant: ButtonVariant = "primary", className?: string): string {
  return cx(BASE, BUTTON_VARIANTS[variant], className);
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

/** One primary action per screen; everything else is secondary. Defaults to type="button". */
export function Button({ variant = "primary", className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}
