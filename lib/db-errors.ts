import { Prisma } from "@/generated/prisma/client";

/** A unique constraint said no (Prisma P2002): someone else, or the same click, was first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
