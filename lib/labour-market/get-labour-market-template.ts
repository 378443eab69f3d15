import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { figuresToCsv } from "./figures-csv";
import { findLabourMarketFigures } from "./find-labour-market-figures";

/** The current figures as CSV, the template an ADMIN edits and uploads again. */
export async function getLabourMarketTemplate(actor: Actor): Promise<string> {
  return figuresToCsv(await findLabourMarketFigures(actor));
}
