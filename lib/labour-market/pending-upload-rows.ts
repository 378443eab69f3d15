import { z } from "zod";
import type { FigureRow } from "./figure-spec";

const storedRows = z.array(z.object({ section: z.string(), category: z.string(), measure: z.string(), value: z.number() }));

/** The rows of a stored upload (JSON); anything else means the row was not written by this code. */
export function pendingUploadRows(value: unknown): FigureRow[] {
  return storedRows.parse(value);
}
