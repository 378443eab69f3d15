import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { checkState, type CheckState } from "@/lib/aftercare/check-state";
import { placementPhase } from "./phase";
import type { PlacementPhase } from "./labels";
import { anonymousCandidate, WITHDRAWN_CONSENT_NAME } from "./recipients";

/** What every placement page reads; the candidate's name is decided per role in `candidateLabel`. */
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
  candidate: { select: { firstName: true, lastName: true, owner: { select: { name: true } } } },
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
 * The role split for names: the owner bemiddelaar and the resident see the name; the accountmanager
 * never ("Kandidaat (bemiddelaar: X)"); the employer only while its consent is active.
 */
export function candidateLabel(actor: Actor, row: Row, employerConsent: boolean): string {
  const name = `${row.candidate.firstName} ${row.candidate.lastName}`;
  if (actor.role === "JOB_MEDIATOR" || actor.role === "JOBSEEKER") return name;
  if (actor.role === "EMPLOYER") return employerConsent ? name : WITHDRAWN_CONSENT_NAME;
  return anonymousCandidate(row.candidate.owner?.name);
}

export function toPlacementView(actor: Actor, row: Row, now: Date, employerConsent = false): PlacementView {
  const { candidate, aftercareChecks, organisation, ...rest } = row;
  return {
    ...rest,
    candidateLabel: candidateLabel(actor, row, employerConsent),
    employerName: organisation.tradeName ?? organisation.legalName,
    accountManagerName: organisation.owner.name,
    mediatorName: candidate.owner?.name ?? null,
    phase: placementPhase(row, now),
    checks: aftercareChecks.map((check) => ({ ...check, state: checkState(check, row.endedOn, now) })),
  };
}
