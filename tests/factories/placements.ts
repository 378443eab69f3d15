/**
 * Factories for placements (issue 5, B5/B6). Rows are written straight with prisma — no domain code.
 *
 *   const world = await createPlaceableProposal();            // proposal INVITED, shared, consent granted
 *   const placement = await createPlacementRow(world, { startDate: "2026-01-15" });
 */
import type { ContractType, ProposalStatus } from "@/generated/prisma/enums";
import { scheduledChecks } from "@/lib/aftercare/schedule";
import { prisma } from "@/lib/db";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { createJobseeker, createMediator } from "./candidates";
import { createEmployerWithOwner, actorFor } from "./questions";
import { createVacancy } from "./vacancies";

const INSTRUMENTS = [
  { code: "LKS", name: "Loonkostensubsidie", needs: ["LOONWAARDEMETING"] },
  { code: "LOONDISPENSATIE", name: "Loondispensatie", needs: ["LOONWAARDEMETING"] },
  { code: "JOBCOACH", name: "Jobcoaching en begeleiding", needs: [] },
  { code: "NO_RISK", name: "No-riskpolis", needs: [] },
];

/** Four instruments of the guide (LKS and LOONDISPENSATIE need a loonwaardemeting). Idempotent. */
export async function ensureInstruments() {
  for (const instrument of INSTRUMENTS) {
    await prisma.instrument.upsert({
      where: { code: instrument.code },
      update: {},
      create: {
        ...instrument,
        kind: "werkgeversinstrument",
        providers: ["GEMEENTE"],
        executedBy: "bemiddelaar",
        summary: `${instrument.name} (test)`,
        forWhom: "Werkgevers",
        checkedOn: new Date("2026-01-01T00:00:00Z"),
      },
    });
  }
}

export type PlacementWorld = Awaited<ReturnType<typeof createPlaceableProposal>>;

/**
 * An accountmanager with an organisation and an employer user, a vacancy (in behandeling), the owner
 * bemiddelaar with a resident candidate, and a proposal in `status` (default INVITED) that was shared
 * with the employer after a granted SHARE_WITH_EMPLOYER consent.
 */
export async function createPlaceableProposal(options: { status?: ProposalStatus; firstName?: string; lastName?: string } = {}) {
  await ensureInstruments();
  const { owner: accountManager, organisation, employer } = await createEmployerWithOwner();
  const vacancy = await createVacancy({ organisationId: organisation.id, createdById: employer.id, status: "IN_PROGRESS", title: "Medewerker groen" });
  const mediator = await createMediator({ name: "Femke Bemiddelaar" });
  const { user: resident, candidate } = await createJobseeker({ ownerId: mediator.id, firstName: options.firstName ?? "Sanne", lastName: options.lastName ?? "Geheim" });
  const sharedAt = new Date("2026-01-05T09:00:00Z");
  const proposal = await prisma.proposal.create({
    data: {
      vacancyId: vacancy.id,
      candidateId: candidate.id,
      proposedById: mediator.id,
      motivation: "Past goed bij het werk.",
      status: options.status ?? "INVITED",
      sharedAt,
      respondedAt: sharedAt,
      statusChanges: { create: [{ fromStatus: null, toStatus: options.status ?? "INVITED", byUserId: mediator.id }] },
    },
  });
  const consent = await prisma.consent.create({
    data: { candidateId: candidate.id, purpose: "SHARE_WITH_EMPLOYER", organisationId: organisation.id, proposalId: proposal.id, grantedAt: sharedAt },
  });
  return {
    accountManager,
    organisation,
    employer,
    vacancy,
    mediator,
    resident,
    candidate,
    proposal,
    consent,
    amActor: actorFor(accountManager),
    employerActor: actorFor(employer),
    mediatorActor: actorFor(mediator),
    residentActor: actorFor(resident),
  };
}

/** A placement (with its 5 check-ins and optional instruments) written directly for `world`'s proposal. */
export async function createPlacementRow(
  world: PlacementWorld,
  options: { startDate?: string; contractType?: ContractType; endedOn?: string | null; sustainableAt?: Date | null; instruments?: { code: string; amountCents?: number; wageValuePct?: number }[] } = {},
) {
  const startDate = isoToDbDate(options.startDate ?? "2026-01-15");
  await prisma.proposal.update({ where: { id: world.proposal.id }, data: { status: "PLACED" } });
  await prisma.candidate.update({ where: { id: world.candidate.id }, data: { status: options.endedOn ? "SEEKING" : "PLACED" } });
  return prisma.placement.create({
    data: {
      proposalId: world.proposal.id,
      candidateId: world.candidate.id,
      vacancyId: world.vacancy.id,
      organisationId: world.organisation.id,
      recordedById: world.mediator.id,
      startDate,
      contractType: options.contractType ?? "TEMPORARY",
      hoursPerWeek: 24,
      trialEndDate: options.contractType === "TRIAL_PLACEMENT" ? isoToDbDate("2026-03-15") : null,
      endedOn: options.endedOn ? isoToDbDate(options.endedOn) : null,
      endReasonCode: options.endedOn ? "RESIGNED" : null,
      sustainableAt: options.sustainableAt ?? null,
      aftercareChecks: { create: scheduledChecks(startDate) },
      instruments: options.instruments?.length
        ? {
            create: options.instruments.map((instrument) => ({
              instrumentCode: instrument.code,
              amountCents: instrument.amountCents ?? null,
              wageValuePct: instrument.wageValuePct ?? null,
              recordedById: world.mediator.id,
            })),
          }
        : undefined,
    },
    include: { aftercareChecks: true },
  });
}
