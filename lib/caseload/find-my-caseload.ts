import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { HelpQuestion, HelpRequestStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { escapeLike } from "@/lib/search/escape-like";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { CASELOAD_PAGE_SIZE, type CaseloadSearch } from "./schemas";

export type CaseloadRow = {
  id: string;
  name: string;
  isWorkReady: boolean;
  workReadySince: Date | null;
  availableFrom: Date | null;
  occupationWishes: string[];
  workAreaWishes: string[];
  hoursPerWeekMin: number | null;
  hoursPerWeekMax: number | null;
  lastAssessedOn: Date | null;
  openHelpRequest: { question: HelpQuestion; status: HelpRequestStatus } | null;
};

export type CaseloadPage = { rows: CaseloadRow[]; total: number; page: number; pageCount: number };

export const OPEN_HELP_REQUEST_STATUSES = ["ROUTED", "ACCEPTED", "ESCALATED"] as const satisfies readonly HelpRequestStatus[];

/** Only the actor's own candidates ("mijn kandidaten"), whatever else the role may read. */
export function myCaseloadWhere(actor: Pick<Actor, "userId">): Prisma.CandidateWhereInput {
  return { ownerId: actor.userId, anonymisedAt: null };
}

/** Every filter of the caseload as one Prisma `where` (AND of the given criteria). */
export function buildCaseloadWhere(search: CaseloadSearch): Prisma.CandidateWhereInput {
  const and: Prisma.CandidateWhereInput[] = [];
  // Every word must be in the first or last name, so "nadia bou" finds Nadia Boukhari.
  for (const word of (search.q ?? "").split(/\s+/).filter(Boolean).slice(0, 5)) {
    const contains = { contains: escapeLike(word), mode: "insensitive" as const };
    and.push({ OR: [{ firstName: contains }, { lastName: contains }] });
  }
  if (search.workReady) and.push({ isWorkReady: search.workReady === "ja" });
  if (search.availableBefore) and.push({ availableFrom: { lte: isoToDbDate(search.availableBefore) } });
  if (search.occupationClass) and.push({ occupationWishes: { some: { occupationClassCode: search.occupationClass } } });
  if (search.workArea) and.push({ workAreaWishes: { some: { workAreaId: search.workArea } } });
  return { AND: and };
}

const ORDER: Record<CaseloadSearch["sort"], Prisma.CandidateOrderByWithRelationInput[]> = {
  name: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
  "name-desc": [{ lastName: "desc" }, { firstName: "desc" }, { id: "asc" }],
  "work-ready": [{ isWorkReady: "desc" }, { workReadySince: { sort: "asc", nulls: "last" } }, { lastName: "asc" }, { id: "asc" }],
  available: [{ availableFrom: { sort: "asc", nulls: "last" } }, { lastName: "asc" }, { id: "asc" }],
  newest: [{ createdAt: "desc" }, { id: "asc" }],
};

/**
 * "Mijn kandidaten" (B1): the bemiddelaar's own candidates with search, filters, sorting and paging
 * in the database. Every candidate shown by name gets an audit entry in the same transaction.
 */
export async function findMyCaseload({ actor, search }: { actor: Actor; search: CaseloadSearch }): Promise<CaseloadPage> {
  assertCan(actor, "caseload.read");
  const where: Prisma.CandidateWhereInput = { AND: [myCaseloadWhere(actor), buildCaseloadWhere(search)] };
  return prisma.$transaction(async (tx) => {
    const total = await tx.candidate.count({ where });
    const pageCount = Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE));
    const page = Math.min(search.page, pageCount);
    const candidates = await tx.candidate.findMany({
      where,
      orderBy: ORDER[search.sort],
      skip: (page - 1) * CASELOAD_PAGE_SIZE,
      take: CASELOAD_PAGE_SIZE,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        isWorkReady: true,
        workReadySince: true,
        availableFrom: true,
        hoursPerWeekMin: true,
        hoursPerWeekMax: true,
        occupationWishes: { select: { occupationClass: { select: { name: true } } }, orderBy: { occupationClassCode: "asc" } },
        workAreaWishes: { select: { workArea: { select: { name: true } } }, orderBy: { workArea: { name: "asc" } } },
        assessments: { select: { assessedOn: true }, orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }], take: 1 },
        helpRequests: {
          where: { status: { in: [...OPEN_HELP_REQUEST_STATUSES] } },
          select: { question: true, status: true },
          orderBy: { createdAt: "desc" },
          take: 1,
        },
      },
    });
    await recordCandidateAccess(
      tx,
      actor,
      candidates.map((candidate) => ({ candidateId: candidate.id, action: "candidate.list", purpose: "Caseload bekijken" })),
    );
    return {
      total,
      page,
      pageCount,
      rows: candidates.map((candidate) => ({
        id: candidate.id,
        name: `${candidate.firstName} ${candidate.lastName}`,
        isWorkReady: candidate.isWorkReady,
        workReadySince: candidate.workReadySince,
        availableFrom: candidate.availableFrom,
        hoursPerWeekMin: candidate.hoursPerWeekMin,
        hoursPerWeekMax: candidate.hoursPerWeekMax,
        occupationWishes: candidate.occupationWishes.map((wish) => wish.occupationClass.name),
        workAreaWishes: candidate.workAreaWishes.map((wish) => wish.workArea.name),
        lastAssessedOn: candidate.assessments[0]?.assessedOn ?? null,
        openHelpRequest: candidate.helpRequests[0] ?? null,
      })),
    };
  });
}
