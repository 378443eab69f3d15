import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { fieldScopeFor, showsName } from "@/lib/auth/field-scope";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";

/** Why the owner no longer counts: blocked, or no longer in the role that owns such records. */
export type OwnerProblem = "geblokkeerd" | "andere rol";

export type OwnerlessEmployer = { id: string; name: string; ownerId: string; ownerName: string; problem: OwnerProblem };
/** `name` is null where the actor may not see the candidate's name. */
export type OwnerlessCandidate = { id: string; name: string | null; ownerId: string; ownerName: string; problem: OwnerProblem };

export type OwnerlessWork = {
  employerCount: number;
  candidateCount: number;
  employers: OwnerlessEmployer[];
  candidates: OwnerlessCandidate[];
  /** Active accountmanagers and bemiddelaars to hand the records to. */
  accountManagers: { id: string; name: string }[];
  mediators: { id: string; name: string }[];
};

/** How many of each list the page shows at once; the counts say how many there are in all. */
export const OWNERLESS_LIST_LIMIT = 50;

const ownerGone = (owningRole: "ACCOUNT_MANAGER" | "JOB_MEDIATOR"): Prisma.UserWhereInput => ({
  OR: [{ disabledAt: { not: null } }, { role: { not: owningRole } }],
});

export const ownerlessEmployerWhere = (ownerId?: string): Prisma.OrganisationWhereInput => ({
  owner: ownerGone("ACCOUNT_MANAGER"),
  ...(ownerId ? { ownerId } : {}),
});

export const ownerlessCandidateWhere = (ownerId?: string): Prisma.CandidateWhereInput => ({
  anonymisedAt: null,
  owner: { is: ownerGone("JOB_MEDIATOR") },
  ...(ownerId ? { ownerId } : {}),
});

const problemOf = (owner: { disabledAt: Date | null }): OwnerProblem => (owner.disabledAt ? "geblokkeerd" : "andere rol");

/**
 * O1 "zonder eigenaar": employers whose owner is blocked or no longer an accountmanager, and candidates whose
 * owner is blocked or no longer a bemiddelaar, until someone reassigns them. Optionally for one former owner.
 * Candidate names are personal data: shown only where the field scope allows, and each name shown is audited.
 */
export async function findOwnerlessWork({ actor, ownerId }: { actor: Actor; ownerId?: string }): Promise<OwnerlessWork> {
  assertCan(actor, "users.manage");
  const activeUser = (role: "ACCOUNT_MANAGER" | "JOB_MEDIATOR") =>
    prisma.user.findMany({ where: { role, disabledAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });

  const [employerCount, candidateCount, employers, accountManagers, mediators] = await Promise.all([
    prisma.organisation.count({ where: ownerlessEmployerWhere(ownerId) }),
    prisma.candidate.count({ where: ownerlessCandidateWhere(ownerId) }),
    prisma.organisation.findMany({
      where: ownerlessEmployerWhere(ownerId),
      orderBy: [{ legalName: "asc" }, { id: "asc" }],
      take: OWNERLESS_LIST_LIMIT,
      select: { id: true, legalName: true, tradeName: true, owner: { select: { id: true, name: true, disabledAt: true } } },
    }),
    activeUser("ACCOUNT_MANAGER"),
    activeUser("JOB_MEDIATOR"),
  ]);
  const candidates = await prisma.$transaction(async (tx) => {
    const rows = await tx.candidate.findMany({
      where: ownerlessCandidateWhere(ownerId),
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: OWNERLESS_LIST_LIMIT,
      select: { id: true, firstName: true, lastName: true, userId: true, owner: { select: { id: true, name: true, disabledAt: true } } },
    });
    const named = rows.map((row) => ({
      row,
      showName: showsName(fieldScopeFor(actor, "candidate.transferOwnership", { candidateOwnerId: row.owner?.id, candidateUserId: row.userId })),
    }));
    await recordCandidateAccess(
      tx,
      actor,
      named.filter((item) => item.showName).map(({ row }) => ({ candidateId: row.id, action: "candidate.list", purpose: "Kandidaat zonder actieve bemiddelaar opnieuw toewijzen" })),
    );
    return named.map(({ row, showName }) => ({
      id: row.id,
      name: showName ? `${row.firstName} ${row.lastName}` : null,
      ownerId: row.owner!.id,
      ownerName: row.owner!.name,
      problem: problemOf(row.owner!),
    }));
  });

  return {
    employerCount,
    candidateCount,
    employers: employers.map((org) => ({
      id: org.id,
      name: org.tradeName ?? org.legalName,
      ownerId: org.owner.id,
      ownerName: org.owner.name,
      problem: problemOf(org.owner),
    })),
    candidates,
    accountManagers,
    mediators,
  };
}
