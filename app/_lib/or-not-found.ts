import "server-only";
import { notFound } from "next/navigation";
import { isAppError, type AppErrorCode } from "@/lib/errors";

type NotFoundCode = Extract<AppErrorCode, "NOT_FOUND" | "FORBIDDEN">;

const MISSING_OR_REFUSED: readonly NotFoundCode[] = ["NOT_FOUND", "FORBIDDEN"];

/**
 * For pages: runs a read and shows the ordinary 404 page when it fails with one of `codes`
 * (by default a refusal looks the same as a record that does not exist). Every other error is rethrown.
 */
export async function orNotFound<T>(run: () => Promise<T>, codes: readonly NotFoundCode[] = MISSING_OR_REFUSED): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error) && (codes as readonly AppErrorCode[]).includes(error.code)) notFound();
    throw error;
  }
}
