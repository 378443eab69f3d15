/**
 * The werkfit rule (B2), the one place it is computed. Thresholds come from the active
 * WorkReadinessRule row (data), so the region can change them without code changes.
 * Pure and free of path aliases: the seed (prisma/seed) imports it with a relative path.
 */
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
  employeeSkillScores: Readonly<Record<string, number>>,
  lifeDomainScores: Readonly<Record<string, number>>,
): boolean {
  let below = 0;
  for (const skill of rule.employeeSkills) {
    const score = Object.hasOwn(employeeSkillScores, skill) ? employeeSkillScores[skill] : undefined;
    if (score === undefined) return false;
    if (score >= rule.minEmployeeSkillScore) continue;
    if (score < rule.lowestAllowedBelowScore) return false;
    below++;
  }
  if (below > rule.maxEmployeeSkillsBelow) return false;
  for (const domain of rule.lifeDomains) {
    const score = Object.hasOwn(lifeDomainScores, domain) ? lifeDomainScores[domain] : undefined;
    if (score === undefined) return false;
    if (score <= rule.blockingLifeDomainScore) return false;
  }
  return true;
}
