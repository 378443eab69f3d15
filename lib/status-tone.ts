/** How strongly a status label stands out; the label tables in lib choose it, components/ui colours it. */
export type StatusTone = "neutral" | "info" | "success" | "warning" | "danger";
