import type { Actor } from "./actor";
import { matchesScope, ruleFor, type PermissionAction, type ResourceRef } from "./permissions";

/**
 * Which of a candidate's fields a view may show, read from the permission table:
 * - "full": name, contact details and the rest of the personal data;
 * - "consentedLimited": the limited fields an employer sees while the candidate's consent is active;
 * - "anonymised": the role never reads personal data here (profile and skills only, as
 *   "a candidate of <bemiddelaar>" where the view shows that);
 * - "withheld": the role reads personal data of some candidates, but not of this one (another
 *   bemiddelaar's candidate, an employer without an active consent).
 */
export type FieldScope = "full" | "consentedLimited" | "anonymised" | "withheld";

/** The row of the table that says whose personal data a role may read (name, contact, CV, …). */
export const PERSONAL_DATA_ACTION = "candidate.readPersonalData" satisfies PermissionAction;

type ActorLike = Pick<Actor, "userId" | "role" | "organisationId"> & { partnerOrganisationId?: string | null };

/**
 * The candidate fields `actor` may see in the view guarded by `viewAction` (e.g. "proposal.read").
 * The view's own cell can only narrow: an "anonymised" cell (matching results for an accountmanager)
 * or no access at all gives "anonymised". Otherwise the `candidate.readPersonalData` cell decides:
 * no cell → "anonymised", "consentedLimitedFields" → "consentedLimited", any other → "full".
 *
 * Without `candidate`, the answer is for a candidate inside the actor's personal-data scope; a view
 * whose rows can fall outside it passes the candidate's facts (owner, account, consented employers)
 * or filters the names in the query with `candidateWhereFor(actor, PERSONAL_DATA_ACTION)`.
 */
export function fieldScopeFor(actor: ActorLike, viewAction: PermissionAction, candidate?: ResourceRef): FieldScope {
  const view = ruleFor(actor.role, viewAction);
  if (view === "deny" || view === "anonymised" || view === "aggregated") return "anonymised";
  const personal = ruleFor(actor.role, PERSONAL_DATA_ACTION);
  if (personal === "deny" || personal === "anonymised" || personal === "aggregated" || personal === "workReadyFlagOnly") return "anonymised";
  if (candidate && !matchesScope(personal, actor, candidate)) return "withheld";
  return personal === "consentedLimitedFields" ? "consentedLimited" : "full";
}

/** True when the scope shows the candidate's name (full or consented-limited). */
export const showsName = (scope: FieldScope) => scope === "full" || scope === "consentedLimited";
