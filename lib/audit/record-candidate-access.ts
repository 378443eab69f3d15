import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

type Db = Prisma.TransactionClient | PrismaClient;

/** What was done with the candidate's personal data; shown to the resident in "Wie heeft mijn gegevens bekeken". */
export type CandidateAccessAction =
  | "candidate.read" // opened the candidate's record or profile
  | "candidate.list" // saw the candidate's name in a list (caseload, matches, queue)
  | "candidate.update" // changed the profile, wishes or skills
  | "cv.upload"
  | "cv.download"
  | "assessment.read"
  | "assessment.record"
  | "helpRequest.read"
  | "helpRequest.accept"
  | "ownership.transfer"
  | "proposal.create"
  | "proposal.read" // saw the proposal with (consented) personal data
  | "proposal.update" // withdrew it, answered it, recorded the interview outcome
  | "placement.record"
  | "placement.read"
  | "placement.update" // ended it, assessed the proefplaatsing, signalled a knelpunt
  | "aftercare.record"
  | "handover.create"
  | "handover.read"
  | "handover.decide"
  | "caseNote.record"
  | "caseNote.read"
  | "deletion.read" // opened the resident's deletion request (J6)
  | "deletion.refuse"
  | "deletion.complete";

export type CandidateAccess = {
  candidateId: string;
  action: CandidateAccessAction;
  /** Why, in Dutch, as the resident will read it (e.g. "Aanmelding beoordelen"). */
  purpose: string;
  entity?: string;
  entityId?: string;
};

/**
 * X3: one append-only audit entry per access to a candidate's personal data by anyone other than the
 * candidate. Call it with the same transaction client as the read or write, so both happen or neither.
 * Entries about the actor's own candidate record are skipped (a resident reading their own data).
 * Holds ids, role, organisation name and purpose only — never the personal data itself.
 */
export async function recordCandidateAccess(db: Db, actor: Actor, accesses: readonly CandidateAccess[]): Promise<void> {
  if (accesses.length === 0) return;
  const own = actor.role === "JOBSEEKER" ? await db.candidate.findUnique({ where: { userId: actor.userId }, select: { id: true } }) : null;
  const rows = accesses.filter((access) => access.candidateId !== own?.id);
  if (rows.length === 0) return;
  const actorOrganisation = await organisationNameOf(db, actor);
  await db.auditLog.createMany({
    data: rows.map((access) => ({
      actorId: actor.userId,
      actorRole: actor.role,
      actorOrganisation,
      candidateId: access.candidateId,
      action: access.action,
      purpose: access.purpose,
      entity: access.entity ?? null,
      entityId: access.entityId ?? null,
    })),
  });
}

async function organisationNameOf(db: Db, actor: Actor): Promise<string | null> {
  if (actor.partnerOrganisationId) {
    const partner = await db.partnerOrganisation.findUnique({ where: { id: actor.partnerOrganisationId }, select: { name: true } });
    return partner?.name ?? null;
  }
  if (actor.organisationId) {
    const organisation = await db.organisation.findUnique({ where: { id: actor.organisationId }, select: { legalName: true, tradeName: true } });
    return organisation ? (organisation.tradeName ?? organisation.legalName) : null;
  }
  return actor.role === "ADMIN" ? "Werkcentrum (beheer)" : null;
}
