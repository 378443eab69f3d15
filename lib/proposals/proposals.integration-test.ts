import { describe, expect, it } from "vitest";
import { answerConsentRequest } from "@/lib/consents/answer-consent-request";
import { findPendingConsentRequests } from "@/lib/consents/find-pending-consent-requests";
import { revokeConsent } from "@/lib/consents/revoke-consent";
import { prisma } from "@/lib/db";
import { addWorkingDays } from "@/lib/time/working-days";
import { createCandidate, createJobseeker, createMediator, ensurePartner } from "@/tests/factories/candidates";
import { createProposalRow, createProposalWorld, type ProposalWorld } from "@/tests/factories/proposals";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { countProposalsAwaitingAnswer } from "./count-proposals-awaiting-answer";
import { createProposal, NO_RESIDENT_ACCOUNT_MESSAGE } from "./create-proposal";
import { declineProposal } from "./decline-proposal";
import { findEmployerProposals } from "./find-employer-proposals";
import { findProfessionalProposals } from "./find-professional-proposals";
import { getEmployerProposal } from "./get-employer-proposal";
import { getProfessionalProposal } from "./get-professional-proposal";
import { inviteCandidate } from "./invite-candidate";
import { recordInterviewOutcome } from "./record-interview-outcome";
import { remindUnansweredProposals } from "./remind-unanswered-proposals";
import { withdrawProposal } from "./withdraw-proposal";

const NOW = new Date("2026-11-16T09:00:00.000Z"); // a Monday
const MOTIVATION = "De kandidaat heeft drie jaar ervaring in de thuiszorg en wil graag 24 uur werken.";

const propose = (world: ProposalWorld, overrides: Record<string, unknown> = {}) =>
  createProposal({ actor: world.mediatorActor, input: { candidateId: world.candidate.id, vacancyId: world.vacancy.id, motivation: MOTIVATION, ...overrides }, now: NOW });
const pendingConsentOf = (proposalId: string) => prisma.consent.findFirstOrThrow({ where: { proposalId, grantedAt: null, declinedAt: null } });
const notificationsOf = (userId: string, kind: string) => prisma.notification.findMany({ where: { userId, kind } });
const statusOf = async (proposalId: string) => (await prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } })).status;

async function sharedProposal() {
  const world = await createProposalWorld();
  const { id } = await propose(world);
  const consent = await pendingConsentOf(id);
  await answerConsentRequest({ actor: world.residentActor, input: { consentId: consent.id, answer: "GRANT" }, now: NOW });
  return { world, id, consent };
}

describe("createProposal (B4)", () => {
  it("waits for consent: pending consent, history, audit, the resident asked and the accountmanager informed without the name", async () => {
    const world = await createProposalWorld();
    const result = await propose(world);
    expect(result.created).toBe(true);
    const proposal = await prisma.proposal.findUniqueOrThrow({ where: { id: result.id }, include: { statusChanges: true, consents: true } });
    expect(proposal).toMatchObject({ status: "AWAITING_CONSENT", sharedAt: null, motivation: MOTIVATION, proposedById: world.mediator.id });
    expect(proposal.statusChanges).toMatchObject([{ fromStatus: null, toStatus: "AWAITING_CONSENT", byUserId: world.mediator.id }]);
    expect(proposal.consents).toMatchObject([{ purpose: "SHARE_WITH_EMPLOYER", organisationId: world.organisation.id, grantedAt: null, declinedAt: null }]);
    expect(await prisma.auditLog.count({ where: { candidateId: world.candidate.id, action: "proposal.create", actorId: world.mediator.id } })).toBe(1);
    expect(await notificationsOf(world.resident.id, "proposal.consentRequested")).toMatchObject([{ link: "/werkzoekende/toestemmingen" }]);
    const informed = await notificationsOf(world.owner.id, "proposal.created");
    expect(informed).toHaveLength(1);
    expect(JSON.stringify(informed)).not.toContain(world.candidate.lastName);
    // the employer sees nothing yet
    expect(await findEmployerProposals(world.employerActor)).toEqual([]);
    await expect(getEmployerProposal(world.employerActor, result.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countProposalsAwaitingAnswer(world.employerActor)).toBe(0);
  });

  it("is one proposal on a double click, also when both arrive at once", async () => {
    const world = await createProposalWorld();
    const results = await Promise.all([propose(world), propose(world)]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect((await propose(world)).created).toBe(false);
    expect(await prisma.proposal.count({ where: { candidateId: world.candidate.id } })).toBe(1);
    expect(await prisma.consent.count({ where: { candidateId: world.candidate.id, purpose: "SHARE_WITH_EMPLOYER" } })).toBe(1);
  });

  it("reopens the same row with a new consent request after 'geen toestemming' or 'ingetrokken'", async () => {
    const world = await createProposalWorld();
    const first = await propose(world);
    await answerConsentRequest({ actor: world.residentActor, input: { consentId: (await pendingConsentOf(first.id)).id, answer: "DECLINE" }, now: NOW });
    expect(await statusOf(first.id)).toBe("CONSENT_DECLINED");
    const again = await propose(world);
    expect(again).toEqual({ id: first.id, created: true });
    expect(await statusOf(first.id)).toBe("AWAITING_CONSENT");
    expect(await prisma.consent.count({ where: { proposalId: first.id } })).toBe(2);
    await withdrawProposal({ actor: world.mediatorActor, input: { proposalId: first.id, reason: "Kandidaat heeft al werk." }, now: NOW });
    expect((await propose(world)).id).toBe(first.id);
    expect(await statusOf(first.id)).toBe("AWAITING_CONSENT");
  });

  it("is open to every bemiddelaar without a handover, and only to the receiver when handed over", async () => {
    const world = await createProposalWorld();
    const other = await createMediator();
    await prisma.vacancyHandover.create({ data: { vacancyId: world.vacancy.id, mediatorId: other.id, givenById: world.owner.id, dueDate: NOW } });
    await expect(propose(world)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await prisma.vacancyHandover.create({ data: { vacancyId: world.vacancy.id, mediatorId: world.mediator.id, givenById: world.owner.id, dueDate: NOW } });
    expect((await propose(world)).created).toBe(true);
  });

  it("refuses the accountmanager, an employer, a non-owner bemiddelaar, an unavailable vacancy and bad input; stores nothing", async () => {
    const world = await createProposalWorld();
    const input = { candidateId: world.candidate.id, vacancyId: world.vacancy.id, motivation: MOTIVATION };
    await expect(createProposal({ actor: world.ownerActor, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createProposal({ actor: world.employerActor, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createProposal({ actor: world.residentActor, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createProposal({ actor: actorFor(await createMediator()), input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const received = await createProposalWorld({ vacancyStatus: "RECEIVED" });
    await expect(propose(received)).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const motivation of ["", "te kort", "x".repeat(2001)]) {
      await expect(propose(world, { motivation })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    await expect(propose(world, { vacancyId: "" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.proposal.count({ where: { candidateId: { in: [world.candidate.id, received.candidate.id] } } })).toBe(0);
    expect(await prisma.consent.count({ where: { candidateId: world.candidate.id, purpose: "SHARE_WITH_EMPLOYER" } })).toBe(0);
  });

  it("explains that a candidate without a resident account cannot be asked", async () => {
    const world = await createProposalWorld();
    const loose = await createCandidate({ ownerId: world.mediator.id });
    await expect(propose(world, { candidateId: loose.id })).rejects.toMatchObject({ code: "CONFLICT", userMessage: NO_RESIDENT_ACCOUNT_MESSAGE });
    expect(await prisma.proposal.count({ where: { candidateId: loose.id } })).toBe(0);
  });
});

describe("answerConsentRequest: proposals", () => {
  it("grant: shared now, answer due in 10 working days, vacancy 'kandidaten voorgedragen', proposer and employer told", async () => {
    const { world, id, consent } = await sharedProposal();
    const proposal = await prisma.proposal.findUniqueOrThrow({ where: { id } });
    expect(proposal).toMatchObject({ status: "PROPOSED", sharedAt: NOW, responseDueBy: addWorkingDays(NOW, 10) });
    expect(await prisma.consent.findUniqueOrThrow({ where: { id: consent.id } })).toMatchObject({ grantedAt: NOW });
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: world.vacancy.id } })).status).toBe("CANDIDATES_PROPOSED");
    expect(await prisma.vacancyStatusChange.count({ where: { vacancyId: world.vacancy.id, toStatus: "CANDIDATES_PROPOSED" } })).toBe(1);
    expect(await notificationsOf(world.mediator.id, "proposal.shared")).toHaveLength(1);
    expect(await notificationsOf(world.employer.id, "proposal.shared")).toMatchObject([{ link: `/werkgever/voordrachten/${id}` }]);
    expect(await findPendingConsentRequests(world.residentActor)).toEqual([]);
    expect(await countProposalsAwaitingAnswer(world.employerActor)).toBe(1);
  });

  it("decline: CONSENT_DECLINED, the proposer told, the employer sees nothing", async () => {
    const world = await createProposalWorld();
    const { id } = await propose(world);
    const [request] = await findPendingConsentRequests(world.residentActor);
    expect(request).toMatchObject({ kind: "employer", vacancyTitle: "Verzorgende IG", motivation: MOTIVATION });
    await answerConsentRequest({ actor: world.residentActor, input: { consentId: request!.consentId, answer: "DECLINE" }, now: NOW });
    expect(await statusOf(id)).toBe("CONSENT_DECLINED");
    expect(await notificationsOf(world.mediator.id, "proposal.consentDeclined")).toHaveLength(1);
    expect(await findEmployerProposals(world.employerActor)).toEqual([]);
  });

  it("answers twice (also at once) as one change; the second gets a Dutch CONFLICT", async () => {
    const world = await createProposalWorld();
    const { id } = await propose(world);
    const consent = await pendingConsentOf(id);
    const input = { consentId: consent.id, answer: "GRANT" };
    const results = await Promise.allSettled([
      answerConsentRequest({ actor: world.residentActor, input, now: NOW }),
      answerConsentRequest({ actor: world.residentActor, input, now: NOW }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await prisma.proposalStatusChange.count({ where: { proposalId: id, toStatus: "PROPOSED" } })).toBe(1);
    await expect(answerConsentRequest({ actor: world.residentActor, input: { consentId: consent.id, answer: "DECLINE" } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await statusOf(id)).toBe("PROPOSED");
  });

  it("leaves nothing half-written when the proposal was withdrawn meanwhile (the consent stays pending)", async () => {
    const world = await createProposalWorld();
    const { id } = await propose(world);
    const consent = await pendingConsentOf(id);
    // Withdrawn behind the page's back: the consent update succeeds first, then the proposal guard fails.
    await prisma.proposal.update({ where: { id }, data: { status: "WITHDRAWN" } });
    await expect(answerConsentRequest({ actor: world.residentActor, input: { consentId: consent.id, answer: "GRANT" }, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.consent.findUniqueOrThrow({ where: { id: consent.id } })).toMatchObject({ grantedAt: null, declinedAt: null });
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: world.vacancy.id } })).status).toBe("IN_PROGRESS");
    expect(await notificationsOf(world.employer.id, "proposal.shared")).toHaveLength(0);
  });

  it("refuses another resident (NOT_FOUND), professionals and employers (FORBIDDEN), and bad input", async () => {
    const world = await createProposalWorld();
    const { id } = await propose(world);
    const consent = await pendingConsentOf(id);
    const { user: other } = await createJobseeker();
    const input = { consentId: consent.id, answer: "GRANT" };
    await expect(answerConsentRequest({ actor: actorFor(other), input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const actor of [world.mediatorActor, world.ownerActor, world.employerActor]) {
      await expect(answerConsentRequest({ actor, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const bad of [{ consentId: consent.id, answer: "MISSCHIEN" }, { consentId: "" }, null]) {
      await expect(answerConsentRequest({ actor: world.residentActor, input: bad })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await findPendingConsentRequests(actorFor(other))).toEqual([]);
    expect(await statusOf(id)).toBe("AWAITING_CONSENT");
  });
});

describe("answerConsentRequest and revoking: handovers", () => {
  async function handoverWorld() {
    const world = await createProposalWorld();
    const partner = await ensurePartner("UWV", "UWV Gooi en Vechtstreek");
    const receiver = await createMediator({ partnerCode: "UWV" });
    const handover = await prisma.handover.create({
      data: { candidateId: world.candidate.id, fromUserId: world.mediator.id, toPartnerOrganisationId: partner.id, reason: "Beter passend traject bij UWV.", deadline: NOW, status: "AWAITING_CONSENT" },
    });
    const consent = await prisma.consent.create({
      data: { candidateId: world.candidate.id, purpose: "SHARE_WITH_PARTNER_ON_HANDOVER", partnerOrganisationCode: "UWV", handoverId: handover.id },
    });
    return { world, receiver, handover, consent };
  }

  it("grant makes the handover PENDING and tells the receiving bemiddelaars; revoking then cancels it and tells the sender", async () => {
    const { world, receiver, handover, consent } = await handoverWorld();
    expect(await findPendingConsentRequests(world.residentActor)).toMatchObject([{ kind: "partner", partnerName: "UWV Gooi en Vechtstreek" }]);
    await answerConsentRequest({ actor: world.residentActor, input: { consentId: consent.id, answer: "GRANT" }, now: NOW });
    expect((await prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).status).toBe("PENDING");
    expect(await notificationsOf(receiver.id, "handover.requested")).toMatchObject([{ link: "/professional/overdrachten" }]);
    await revokeConsent({ actor: world.residentActor, input: { consentId: consent.id }, now: NOW });
    expect((await prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).status).toBe("CANCELLED");
    expect(await notificationsOf(world.mediator.id, "handover.cancelled")).toHaveLength(1);
  });

  it("decline makes it CONSENT_DECLINED and tells the sender; a cancelled handover cannot be answered", async () => {
    const first = await handoverWorld();
    await answerConsentRequest({ actor: first.world.residentActor, input: { consentId: first.consent.id, answer: "DECLINE" }, now: NOW });
    expect((await prisma.handover.findUniqueOrThrow({ where: { id: first.handover.id } })).status).toBe("CONSENT_DECLINED");
    expect(await notificationsOf(first.world.mediator.id, "handover.consentDeclined")).toHaveLength(1);

    const second = await handoverWorld();
    await prisma.handover.update({ where: { id: second.handover.id }, data: { status: "CANCELLED" } });
    await expect(answerConsentRequest({ actor: second.world.residentActor, input: { consentId: second.consent.id, answer: "GRANT" } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.consent.findUniqueOrThrow({ where: { id: second.consent.id } })).toMatchObject({ grantedAt: null });
  });
});

describe("the employer's view and answer (E5)", () => {
  it("shows consented fields with name and contact while consent is active (audited), none after revoking", async () => {
    const { world, id } = await sharedProposal();
    const view = await getEmployerProposal(world.employerActor, id);
    expect(view).toMatchObject({
      status: "PROPOSED",
      access: "open",
      shared: { name: `Sanne ${world.candidate.lastName}`, phone: "0612345678", motivation: MOTIVATION, isWorkReady: true },
      profile: { skills: [{ label: "Persoonlijke verzorging", level: 3 }], hoursPerWeekMin: 24, hoursPerWeekMax: 32 },
    });
    expect(await prisma.auditLog.count({ where: { candidateId: world.candidate.id, action: "proposal.read", actorId: world.employer.id } })).toBe(1);
    expect((await findEmployerProposals(world.employerActor))[0]).toMatchObject({ id, candidateName: `Sanne ${world.candidate.lastName}` });

    const active = await prisma.consent.findFirstOrThrow({ where: { proposalId: id, grantedAt: { not: null } } });
    await revokeConsent({ actor: world.residentActor, input: { consentId: active.id }, now: NOW });
    expect(await notificationsOf(world.mediator.id, "proposal.consentRevoked")).toHaveLength(1);

    const after = await getEmployerProposal(world.employerActor, id);
    expect(after.access).toBe("consentRevoked");
    expect(after.shared).toBeNull();
    const serialized = JSON.stringify(after);
    for (const secret of [world.candidate.lastName, "Sanne", "0612345678", world.resident.email]) expect(serialized).not.toContain(secret);
    expect(JSON.stringify(await findEmployerProposals(world.employerActor))).not.toContain(world.candidate.lastName);
    expect(await prisma.auditLog.count({ where: { candidateId: world.candidate.id, action: "proposal.read", actorId: world.employer.id } })).toBe(1);
  });

  it("is NOT_FOUND for the employer of another organisation; bemiddelaar and accountmanager cannot answer", async () => {
    const { world, id } = await sharedProposal();
    const stranger = await createEmployerWithOwner();
    await expect(getEmployerProposal(stranger.employerActor, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inviteCandidate({ actor: stranger.employerActor, input: { proposalId: id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(declineProposal({ actor: stranger.employerActor, input: { proposalId: id, reason: "HOURS" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await findEmployerProposals(stranger.employerActor)).toEqual([]);
    for (const actor of [world.mediatorActor, world.ownerActor, world.residentActor]) {
      await expect(inviteCandidate({ actor, input: { proposalId: id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(declineProposal({ actor, input: { proposalId: id, reason: "HOURS" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(getEmployerProposal(world.mediatorActor, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await statusOf(id)).toBe("PROPOSED");
  });

  it("two invites at once give one result and one history row; then the interview outcome", async () => {
    const { world, id } = await sharedProposal();
    const results = await Promise.all([
      inviteCandidate({ actor: world.employerActor, input: { proposalId: id }, now: NOW }),
      inviteCandidate({ actor: world.employerActor, input: { proposalId: id }, now: NOW }),
    ]);
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    expect(await prisma.proposalStatusChange.count({ where: { proposalId: id, toStatus: "INVITED" } })).toBe(1);
    expect(await notificationsOf(world.mediator.id, "proposal.answered")).toHaveLength(1);
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "INVITED", respondedAt: NOW });
    await expect(declineProposal({ actor: world.employerActor, input: { proposalId: id, reason: "HOURS" } })).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(recordInterviewOutcome({ actor: world.employerActor, input: { proposalId: id, outcome: "MISSCHIEN" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await recordInterviewOutcome({ actor: world.employerActor, input: { proposalId: id, outcome: "POSITIVE", note: "Goed gesprek." }, now: NOW });
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "INTERVIEW_POSITIVE", interviewNote: "Goed gesprek.", interviewOutcomeAt: NOW });
    expect(await notificationsOf(world.mediator.id, "proposal.interviewOutcome")).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { candidateId: world.candidate.id, action: "proposal.update", actorId: world.employer.id } })).toBe(2);
  });

  it("decline needs a reason (and text for 'anders'); the reason reaches the bemiddelaar", async () => {
    const { world, id } = await sharedProposal();
    await expect(declineProposal({ actor: world.employerActor, input: { proposalId: id } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(declineProposal({ actor: world.employerActor, input: { proposalId: id, reason: "OTHER", text: " " } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await statusOf(id)).toBe("PROPOSED");
    await declineProposal({ actor: world.employerActor, input: { proposalId: id, reason: "OTHER", text: "Wij zoeken iemand met rijbewijs." }, now: NOW });
    const view = await getProfessionalProposal(world.mediatorActor, id);
    expect(view).toMatchObject({ status: "DECLINED", declineReason: "OTHER", declineText: "Wij zoeken iemand met rijbewijs." });
    expect(view.history.map((h) => h.toStatus)).toEqual(["AWAITING_CONSENT", "PROPOSED", "DECLINED"]);
    expect((await notificationsOf(world.mediator.id, "proposal.answered"))[0]!.body).toContain("rijbewijs");
  });
});

describe("the bemiddelaar's and accountmanager's views, and withdrawing", () => {
  it("the accountmanager sees the proposals of their employers anonymised", async () => {
    const { world, id } = await sharedProposal();
    const rows = await findProfessionalProposals(world.ownerActor);
    expect(rows).toMatchObject([{ id, candidateId: null, candidateLabel: `Kandidaat van ${world.mediator.name}` }]);
    const view = await getProfessionalProposal(world.ownerActor, id);
    expect(view.candidate).toBeNull();
    expect(JSON.stringify([rows, view])).not.toContain(world.candidate.lastName);
    expect((await findProfessionalProposals(world.mediatorActor, { status: "PROPOSED" }))[0]).toMatchObject({ id, candidateLabel: `Sanne ${world.candidate.lastName}` });
    expect(await findProfessionalProposals(world.mediatorActor, { status: "PLACED" })).toEqual([]);
    const otherAm = await createUser({ role: "ACCOUNT_MANAGER" });
    expect(await findProfessionalProposals(actorFor(otherAm))).toEqual([]);
    await expect(getProfessionalProposal(actorFor(otherAm), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("only the owner bemiddelaar withdraws, with a reason; the employer is told; a closed proposal cannot be withdrawn", async () => {
    const { world, id } = await sharedProposal();
    const input = { proposalId: id, reason: "De kandidaat heeft elders werk gevonden." };
    await expect(withdrawProposal({ actor: actorFor(await createMediator()), input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawProposal({ actor: world.ownerActor, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withdrawProposal({ actor: world.mediatorActor, input: { proposalId: id, reason: "" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await statusOf(id)).toBe("PROPOSED");
    await withdrawProposal({ actor: world.mediatorActor, input, now: NOW });
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "WITHDRAWN", withdrawnReason: input.reason });
    expect(await notificationsOf(world.employer.id, "proposal.withdrawn")).toHaveLength(1);
    await expect(withdrawProposal({ actor: world.mediatorActor, input })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("proposals.remindUnanswered (fixed clock)", () => {
  it("does nothing before the due moment, reminds once after, and once when run twice at the same time", async () => {
    const world = await createProposalWorld();
    const dueBy = new Date("2026-11-30T09:00:00.000Z");
    const proposal = await createProposalRow({ world, status: "PROPOSED", responseDueBy: dueBy });
    const answered = await createProposalRow({ world: await createProposalWorld(), status: "INVITED", responseDueBy: dueBy });
    const counts = async () => ({
      employer: (await notificationsOf(world.employer.id, "proposal.reminder")).length,
      accountManager: (await notificationsOf(world.owner.id, "proposal.unanswered")).length,
    });

    await remindUnansweredProposals(new Date(dueBy.getTime() - 60_000));
    expect(await counts()).toEqual({ employer: 0, accountManager: 0 });

    const later = new Date(dueBy.getTime() + 60_000);
    const runs = await Promise.all([remindUnansweredProposals(later), remindUnansweredProposals(later)]);
    expect(runs.reduce((sum, run) => sum + run.reminded, 0)).toBeGreaterThanOrEqual(1);
    await remindUnansweredProposals(later);
    expect(await counts()).toEqual({ employer: 1, accountManager: 1 });
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ reminderSentAt: later });
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: answered.id } })).toMatchObject({ reminderSentAt: null });
    expect(JSON.stringify(await notificationsOf(world.owner.id, "proposal.unanswered"))).not.toContain(world.candidate.lastName);
  });
});
