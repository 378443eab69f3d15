import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { FigureRow } from "./figure-spec";
import { readFigures } from "./read-figures";

/** The current figures for the ADMIN page, in file order. */
export async function findLabourMarketFigures(actor: Actor): Promise<FigureRow[]> {
  assertCan(actor, "referenceData.manage");
  return readFigures();
}
