import type { Role } from "@/generated/prisma/enums";

/** The roles that reach residents' personal data over the internet: the BIO asks two factors of them. */
export const SECOND_FACTOR_REQUIRED_ROLES: readonly Role[] = ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"];

export function isSecondFactorRequired(role: Role): boolean {
  return SECOND_FACTOR_REQUIRED_ROLES.includes(role);
}

/** Employers and residents may turn the second factor off again; professionals cannot. */
export function mayTurnOffSecondFactor(role: Role): boolean {
  return !isSecondFactorRequired(role);
}
