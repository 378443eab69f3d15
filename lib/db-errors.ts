import { Prisma } from "@/generated/prisma/client";

/** A unique constraint said no (Prisma P2002): someone else, or the same click, was first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * PostgreSQL refused a text value: a NUL byte (22021) or a character the encoding lacks (22P05). The input rules
 * (lib/forms/url-input.ts) keep these out; this is the last line for a field that has no such rule (decision 026).
 */
export function isRefusedTextError(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown; originalCode?: unknown } } | null)?.cause;
  const code = cause?.originalCode ?? cause?.code;
  return code === "22021" || code === "22P05";
}
