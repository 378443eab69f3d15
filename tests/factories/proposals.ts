/**
 * Factories for proposals (B4/E5): rows written straight to the database, no lib functions.
 *
 *   const world = await createProposalWorld();   // bemiddelaar, resident (owned), employer + accountmanager, vacancy IN_PROGRESS
 *   const proposal = await createProposalRow({ world, status: "PROPOSED", consent: "granted" });
 */
import type { ProposalStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { createJobseeker, createMediator } from "./candidates";
import { actorFor, createEmployerWithOwner } from "./questions";
import { createVacancy, ensureVacancyReferenceData } from "./vacancies";

export async function createProposalWorld(options: { vacancyStatus?: "RECEIVED" | "IN_PROGRESS" | "CANDIDATES_PROPOSED" | "FILLED" | "CLOSED" } = {}) {
  await ensureVacancyReferenceData();
  const mediator = await createMediator();
  const { user: resident, candidate } = await createJobseeker({
    ownerId: mediator.id,
    firstName: "Sanne",
    lastName: `Geheim-${Math.random().toString(36).slice(2, 8)}`,
    hoursPerWeekMin: 24,
    hoursPerWeekMax: 32,
    isWorkReady: true,
    workReadySince: new Date(Date.UTC(2026, 0, 5)),
    skills: [{ skillCode: "persoonlijke-verzorging", level: 3 }],
  });
  await prisma.candidate.update({ where: { id: candidate.id }, data: { phone: "0612345678" } });
  const employer = await createEmployerWithOwner();
  const vacancy = await createVacancy({ organisationId: employer.organisation.id, title: "Verzorgende IG", status: options.vacancyStatus ?? "IN_PROGRESS" });
  return {
    mediator,
    mediatorActor: actorFor(mediator),
    resident,
    residentActor: actorFor(resident),
    candidate,
    ...employer,
    vacancy,
  };
}

export type ProposalWorld = Awaited<ReturnType<typeof createProposalWorld>>;

/** A proposal of the world's candidate for its vacancy, with its consent row in the matching state. */
export async function createProposalRow(options: {
  world: ProposalWorld;
  status?: ProposalStatus;
  consent?: "pending" | "granted" | "declined" | "revoked" | "none";
  sharedAt?: Date | null;
  responseDueBy?: Date | null;
  vacancyId?: string;
}) {
  const { world } = options;
  const status = options.status ?? "AWAITING_CONSENT";
  const shared = !["AWAITING_CONSENT", "CONSENT_DECLINED"].includes(status);
  const sharedAt = options.sharedAt === undefined ? (shared ? new Date() : null) : options.sharedAt;
  const proposal = await prisma.proposal.create({
    data: {
      vacancyId: options.vacancyId ?? world.vacancy.id,
      candidateId: world.candidate.id,
      proposedById: world.mediator.id,
      motivation: "De kandidaat heeft drie jaar ervaring in de thuiszorg.",
      status,
      sharedAt,
      responseDueBy: options.responseDueBy ?? (sharedAt ? new Date(sharedAt.getTime() + 14 * 86_400_000) : null),
      statusChanges: { create: [{ fromStatus: null, toStatus: status, byUserId: world.mediator.id }] },
    },
  });
  const consent = options.consent ?? (status === "AWAITING_CONSENT" ? "pending" : shared ? "granted" : "declined");
  if (consent !== "none") {
    await prisma.consent.create({
      data: {
        candidateId: world.candidate.id,
        purpose: "SHARE_WITH_EMPLOYER",
        organisationId: world.organisation.id,
        proposalId: proposal.id,
        grantedAt: consent === "granted" || consent === "revoked" ? new Date() : null,
        declinedAt: consent === "declined" ? new Date() : null,
        revokedAt: consent === "revoked" ? new Date() : null,
      },
    });
  }
  return proposal;
}
