import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db-errors";

/**
 * The one race-safe way a visitor's registration writes a new account (employer E1, resident J1).
 * The e-mail is checked before the repeat: the account commits together with the rest, so a taken
 * e-mail seen here is either this same submission (then `findRepeated` finds it and its first result
 * is returned again) or really someone else's. A unique violation from a parallel request (often the
 * same double click) means: look again, once.
 */
export async function registerAccountOnce<Result>({
  email,
  findRepeated,
  write,
}: {
  email: string;
  findRepeated: () => Promise<Result | null>;
  write: () => Promise<Result>;
}): Promise<Result | { outcome: "emailTaken" }> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const emailTaken = (await prisma.user.findUnique({ where: { email }, select: { id: true } })) !== null;
    const repeated = await findRepeated();
    if (repeated) return repeated;
    if (emailTaken) return { outcome: "emailTaken" };
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("CONFLICT");
}
