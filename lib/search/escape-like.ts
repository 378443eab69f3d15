/**
 * Prisma passes `contains` straight into a LIKE pattern, so "%" or "_" typed by a visitor would act
 * as wildcards. Escape them (PostgreSQL's default escape character is the backslash).
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
