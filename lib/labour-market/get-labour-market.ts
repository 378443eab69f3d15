import "server-only";
import { figuresToLabourMarket, type LabourMarketFigures } from "./figures-to-labour-market";
import { readFigures } from "./read-figures";

/** The figures of the public page /arbeidsmarkt, or null before any are stored. */
export async function getLabourMarket(): Promise<LabourMarketFigures | null> {
  return figuresToLabourMarket(await readFigures());
}
