import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** For pages: a refusal (not yours, or not your role) is the same 404 as a record that does not exist. */
export async function orNotFound<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
