import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { fieldScopeFor, showsName, type FieldScope } from "@/lib/auth/field-scope";
import { checkState, type CheckState } from "@/lib/aftercare/check-state";
import { placementPhase } from "./phase";
import type { PlacementPhase } from "./labels";
import { anonymousCandidate, WITHDRAWN_CONSENT_NAME } from "./recipients";

/** What every placement page reads; the candidate's name is decided by the field scope in `candidateLabel`. */
export const PLACEMENT_VIEW_SELECT = {
  id: true,
  candidateId: true,
  organisationId: true,
  startDate: true,
  contractType: true,
  hoursPerWeek: true,
  trialEndDate: true,
  trialOutcome: true,
  trialContinued: true,
  trialAssessedAt: true,
  endedOn: true,
  endReasonCode: true,
  endReason: true,
  sustainableAt: true,
  vacancy: { select: { id: true, title: true } },
  organisation: { select: { legalName: true, tradeName: true, owner: { select: { name: true } } } },
  candidate: { select: { firstName: true, lastName: true, ownerId: true, userId: true, owner: { select: { name: true } } } },
  instruments: {
    orderBy: { createdAt: "asc" },
    select: { id: true, instrumentCode: true, status: true, amountCents: true, startDate: true, endDate: true, wageValuePct: true, instrument: { select: { name: true } } },
  },
  aftercareChecks: {
    orderBy: [{ dueDate: "asc" }, { side: "asc" }],
    select: { id: true, side: true, monthsAfterStart: true, dueDate: true, completedAt: true, score: true, comment: true, raisesSignal: true, followedUpAt: true, followUpNote: true },
  },
} satisfies Prisma.PlacementSelect;

type Row = Prisma.PlacementGetPayload<{ select: typeof PLACEMENT_VIEW_SELECT }>;

export type PlacementCheckView = Row["aftercareChecks"][number] & { state: CheckState };
export type PlacementView = Omit<Row, "candidate" | "aftercareChecks" | "organisation"> & {
  candidateLabel: string;
  employerName: string;
  accountManagerName: string;
  mediatorName: string | null;
  phase: PlacementPhase;
  checks: PlacementCheckView[];
};

/**
 * Which candidate fields `actor` sees on this placement (lib/auth/field-scope.ts): the owner
 * bemiddelaar and the resident the name; the accountmanager never; the employer only while its
 * consent is active (`employerConsent`, loaded with the row).
 */
export function placementFieldScope(actor: Actor, row: Pick<Row, "candidate">, employerConsent = false): FieldScope {
  return fieldScopeFor(actor, "placement.read", {
    candidateOwnerId: row.candidate.ownerId,
    candidateUserId: row.candidate.userId,
    consentedOrganisationIds: employerConsent && actor.organisationId ? [actor.organisationId] : [],
  });
}

/** The name, "Kandidaat (bemiddelaar: X)" when anonymised, or the withdrawn-consent label when withheld. */
export function candidateLabel(scope: FieldScope, row: Pick<Row, "candidate">): string {
  if (showsName(scope)) return `${row.candidate.firstName} ${row.candidate.lastName}`;
  return scope === "withheld" ? WITHDRAWN_CONSENT_NAME : anonymousCandidate(row.candidate.owner?.name);
}

export function toPlacementView(row: Row, now: Date, scope: FieldScope): PlacementView {
  const { candidate, aftercareChecks, organisation, ...rest } = row;
  return {
    ...rest,
    candidateLabel: candidateLabel(scope, row),
    employerName: organisation.tradeName ?? organisation.legalName,
    accountManagerName: organisation.owner.name,
    mediatorName: candidate.owner?.name ?? null,
    phase: placementPhase(row, now),
    checks: aftercareChecks.map((check) => ({ ...check, state: checkState(check, row.endedOn, now) })),
  };
}
