import "server-only";
import type { ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { proposalWhereFor } from "@/lib/auth/ownership-where";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type ProposalWorkItem = { id: string; status: ProposalStatus; vacancyTitle: string; organisationName: string; at: Date };
export type ProposalWorklist = { kind: "mediator" | "accountManager"; items: ProposalWorkItem[] } | null;

/** Statuses in which the bemiddelaar has something to do: answer the candidate, plan, or place. */
const MEDIATOR_ACTION_STATUSES = ["CONSENT_DECLINED", "DECLINED", "INVITED", "INTERVIEW_POSITIVE", "INTERVIEW_NEGATIVE"] as const;
const RECENT_DAYS = 14;

/**
 * The work list's proposal part. Bemiddelaar: proposals of their candidates that changed in the last
 * 14 days to a status that asks for action. Accountmanager: proposals at their employers that were not
 * answered in time (the reminder went out). Vacancy and status only: no candidate names here.
 */
export async function findProposalWorklist(actor: Actor, now: Date): Promise<ProposalWorklist> {
  if (!can(actor, "proposal.read")) return null;
  const select = { id: true, status: true, updatedAt: true, reminderSentAt: true, vacancy: { select: { title: true, organisation: { select: { legalName: true, tradeName: true } } } } } as const;
  const toItem = (row: { id: string; status: ProposalStatus; updatedAt: Date; reminderSentAt: Date | null; vacancy: { title: string; organisation: { legalName: string; tradeName: string | null } } }, at: Date) => ({
    id: row.id,
    status: row.status,
    vacancyTitle: row.vacancy.title,
    organisationName: row.vacancy.organisation.tradeName ?? row.vacancy.organisation.legalName,
    at,
  });
  if (actor.role === "JOB_MEDIATOR") {
    const rows = await prisma.proposal.findMany({
      where: { AND: [proposalWhereFor(actor, "proposal.read"), { status: { in: [...MEDIATOR_ACTION_STATUSES] }, updatedAt: { gte: new Date(now.getTime() - RECENT_DAYS * 86_400_000) } }] },
      orderBy: { updatedAt: "desc" },
      take: 20,
      select,
    });
    return { kind: "mediator", items: rows.map((row) => toItem(row, row.updatedAt)) };
  }
  if (actor.role === "ACCOUNT_MANAGER") {
    const rows = await prisma.proposal.findMany({
      where: { AND: [proposalWhereFor(actor, "proposal.read"), { status: "PROPOSED", reminderSentAt: { not: null } }] },
      orderBy: { reminderSentAt: "asc" },
      take: 20,
      select,
    });
    return { kind: "accountManager", items: rows.map((row) => toItem(row, row.reminderSentAt!)) };
  }
  return null;
}
