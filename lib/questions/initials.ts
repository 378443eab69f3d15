/** "Jan de Vries" → "JV": shown instead of a photo. Lower-case name parts (de, van) are skipped. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  const capitals = words.filter((word) => word[0] === word[0]!.toUpperCase());
  const source = capitals.length > 0 ? capitals : words;
  const picked = source.length > 1 ? [source[0]!, source[source.length - 1]!] : source;
  return picked.map((word) => word[0]!.toUpperCase()).join("") || "?";
}
