import "server-only";
import type { RollupFact } from "../rollups/fact";
import { AFTERCARE_FACT } from "./aftercare-fact";
import { PROPOSALS_FACT } from "./proposals-fact";
import { PLACEMENTS_FACT } from "./placements-fact";
import { QUESTIONS_FACT } from "./questions-fact";
import { SATISFACTION_FACT } from "./satisfaction-fact";
import { SUSTAINABLE_FACT } from "./sustainable-fact";
import { VACANCIES_FACT } from "./vacancies-fact";

/** The facts behind the first screen of /dashboard that the kpi.refreshRollups job keeps rolled up per month. */
export const ROLLUP_FACTS: readonly RollupFact[] = [
  VACANCIES_FACT,
  PROPOSALS_FACT,
  PLACEMENTS_FACT,
  SUSTAINABLE_FACT,
  AFTERCARE_FACT,
  SATISFACTION_FACT,
  QUESTIONS_FACT,
];
