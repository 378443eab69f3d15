/** The werkfit rule (B2) as data: thresholds come from the active WorkReadinessRule row. */
export type WorkReadinessThresholds = {
  employeeSkills: readonly string[];
  lifeDomains: readonly string[];
  minEmployeeSkillScore: number;
  maxEmployeeSkillsBelow: number;
  lowestAllowedBelowScore: number;
  blockingLifeDomainScore: number;
};

/**
 * Werkfit when every employee skill scores at least `minEmployeeSkillScore`, except at most
 * `maxEmployeeSkillsBelow` that score `lowestAllowedBelowScore`, and no life domain scores
 * `blockingLifeDomainScore` or lower. Missing scores count as not werkfit.
 */
export function deriveWorkReady(
  rule: WorkReadinessThresholds,
  employeeSkillScores: Record<string, number>,
  lifeDomainScores: Record<string, number>,
): boolean {
  let below = 0;
  for (const skill of rule.employeeSkills) {
    const score = employeeSkillScores[skill];
    if (score === undefined) return false;
    if (score >= rule.minEmployeeSkillScore) continue;
    if (score < rule.lowestAllowedBelowScore) return false;
    below++;
  }
  if (below > rule.maxEmployeeSkillsBelow) return false;
  for (const domain of rule.lifeDomains) {
    const score = lifeDomainScores[domain];
    if (score === undefined) return false;
    if (score <= rule.blockingLifeDomainScore) return false;
  }
  return true;
}
