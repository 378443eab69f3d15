/** A skill code from its label, like the seeded ones: "Heftruck rijden (certificaat)" → "heftruck-rijden-certificaat". */
export function skillCodeFromLabel(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}
