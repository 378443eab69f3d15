import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { fieldScopeFor, showsName, type FieldScope } from "@/lib/auth/field-scope";
import { candidateWhereFor, vacancyWhereFor } from "@/lib/auth/ownership-where";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordCandidateAccess, type CandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type CaseNoteView = {
  id: string;
  text: string;
  author: string;
  authorRole: Role;
  createdAt: Date;
  /** Null: no candidate linked. The name only for the candidate's owner; others read "een kandidaat". */
  candidate: { label: string } | null;
};

export type CaseNotes = {
  notes: CaseNoteView[];
  /** The bemiddelaar's own candidates proposed for this vacancy, to link to a note; empty for others. */
  candidateOptions: { id: string; name: string }[];
};

/**
 * The matchtafel notes of a vacancy (B8), newest first, for the owner accountmanager of the employer
 * and any bemiddelaar; employers and residents are refused (FORBIDDEN), another accountmanager's
 * vacancy is NOT_FOUND. An accountmanager sees the text but a linked candidate only as "een kandidaat";
 * a bemiddelaar sees the name of their own candidates, others as "een kandidaat (bemiddelaar: …)".
 * A bemiddelaar reading notes that link a candidate is audited (caseNote.read), in the same transaction.
 */
export async function findCaseNotes({ actor, vacancyId }: { actor: Actor; vacancyId: string }): Promise<CaseNotes> {
  assertCan(actor, "caseNote.read");
  return prisma.$transaction(async (tx) => {
    const vacancy = await tx.vacancy.findFirst({ where: { AND: [{ id: vacancyId.slice(0, 40) }, vacancyWhereFor(actor, "caseNote.read")] }, select: { id: true } });
    if (!vacancy) throw new AppError("NOT_FOUND");
    const rows = await tx.caseNote.findMany({
      where: { vacancyId: vacancy.id },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: {
        id: true,
        text: true,
        createdAt: true,
        author: { select: { name: true, role: true } },
        candidate: { select: { id: true, firstName: true, lastName: true, ownerId: true, owner: { select: { name: true } } } },
      },
    });
    const linksCandidates = can(actor, "caseNote.linkCandidate");
    const options = linksCandidates
      ? await tx.candidate.findMany({
          where: { AND: [candidateWhereFor(actor, "caseNote.linkCandidate"), { anonymisedAt: null, proposals: { some: { vacancyId: vacancy.id } } }] },
          orderBy: [{ firstName: "asc" }, { lastName: "asc" }],
          take: 100,
          select: { id: true, firstName: true, lastName: true },
        })
      : [];
    // Handovers are not loaded here: only the owner sees the name of a linked candidate.
    const scopes = rows.map((row) => (row.candidate ? fieldScopeFor(actor, "caseNote.read", { candidateOwnerId: row.candidate.ownerId }) : null));
    const audits: CandidateAccess[] = [];
    rows.forEach((row, i) => {
      // Who may read personal data sees whose candidate it is (or the name): audited; the anonymised view is not.
      if (row.candidate && scopes[i] !== "anonymised") {
        audits.push({ candidateId: row.candidate.id, action: "caseNote.read", purpose: "Aantekeningen bij een vacature (matchtafel) lezen", entity: "CaseNote", entityId: row.id });
      }
    });
    for (const option of options) audits.push({ candidateId: option.id, action: "candidate.list", purpose: "Kandidaat kiezen voor een aantekening bij een vacature" });
    await recordCandidateAccess(tx, actor, audits);
    return {
      notes: rows.map((row, i) => ({
        id: row.id,
        text: row.text,
        author: row.author.name,
        authorRole: row.author.role,
        createdAt: row.createdAt,
        candidate: row.candidate ? { label: candidateLabel(scopes[i]!, row.candidate) } : null,
      })),
      candidateOptions: options.map((option) => ({ id: option.id, name: `${option.firstName} ${option.lastName}` })),
    };
  });
}

function candidateLabel(scope: FieldScope, candidate: { firstName: string; lastName: string; owner: { name: string } | null }): string {
  if (showsName(scope)) return `${candidate.firstName} ${candidate.lastName}`;
  if (scope === "withheld" && candidate.owner) return `een kandidaat (bemiddelaar: ${candidate.owner.name})`;
  return "een kandidaat";
}
