import { describe, expect, it } from "vitest";
import { answerConsentRequest } from "@/lib/consents/answer-consent-request";
import { revokeConsent } from "@/lib/consents/revoke-consent";
import { prisma } from "@/lib/db";
import { createProposalWorld, type ProposalWorld } from "@/tests/factories/proposals";
import { createEmployerWithOwner } from "@/tests/factories/questions";
import { createVacancy } from "@/tests/factories/vacancies";
import { createProposal } from "./create-proposal";
import { declineProposal } from "./decline-proposal";
import { findEmployerProposals } from "./find-employer-proposals";
import { getEmployerProposal, type EmployerProposalView } from "./get-employer-proposal";
import { inviteCandidate } from "./invite-candidate";
import { recordInterviewOutcome } from "./record-interview-outcome";
import { withdrawProposal } from "./withdraw-proposal";

/**
 * Issue 15, finding 6 (decision 023): the employer's access follows the proposal. Contact details,
 * motivation, interview and decline notes and the werkfit flag only while the proposal is open and its
 * own consent active, or the person is placed there; afterwards the anonymised proposal at most.
 */

const NOW = new Date("2026-11-16T09:00:00.000Z");
const MOTIVATION = "De kandidaat heeft drie jaar ervaring in de thuiszorg en wil graag 24 uur werken.";
const INTERVIEW_NOTE = "Goed gesprek met mevrouw, zij kan per direct beginnen.";

async function shared(world: ProposalWorld, vacancyId = world.vacancy.id): Promise<string> {
  const { id } = await createProposal({ actor: world.mediatorActor, input: { candidateId: world.candidate.id, vacancyId, motivation: MOTIVATION }, now: NOW });
  const consent = await prisma.consent.findFirstOrThrow({ where: { proposalId: id, grantedAt: null, declinedAt: null } });
  await answerConsentRequest({ actor: world.residentActor, input: { consentId: consent.id, answer: "GRANT" }, now: NOW });
  return id;
}

async function interviewed(world: ProposalWorld): Promise<string> {
  const id = await shared(world);
  await inviteCandidate({ actor: world.employerActor, input: { proposalId: id }, now: NOW });
  await recordInterviewOutcome({ actor: world.employerActor, input: { proposalId: id, outcome: "POSITIVE", note: INTERVIEW_NOTE }, now: NOW });
  return id;
}

/** Nothing that identifies or describes the person beyond the anonymised profile. */
function expectAnonymised(view: EmployerProposalView, world: ProposalWorld) {
  expect(view.shared).toBeNull();
  const serialized = JSON.stringify(view);
  for (const secret of [world.candidate.lastName, "Sanne", "0612345678", world.resident.email, MOTIVATION, INTERVIEW_NOTE, "isWorkReady", "workReadySince"]) {
    expect(serialized).not.toContain(secret);
  }
}

async function expectNoNameInList(world: ProposalWorld, id: string) {
  const row = (await findEmployerProposals(world.employerActor)).find((proposal) => proposal.id === id);
  expect(row).toBeDefined();
  expect(row!.candidateName).toBeNull();
}

describe("the employer's access follows the proposal (decision 023)", () => {
  it("while open with consent: name, contact, motivation, interview note and werkfit", async () => {
    const world = await createProposalWorld();
    const id = await interviewed(world);
    const view = await getEmployerProposal(world.employerActor, id);
    expect(view.access).toBe("open");
    expect(view.shared).toMatchObject({
      name: `Sanne ${world.candidate.lastName}`,
      phone: "0612345678",
      motivation: MOTIVATION,
      interviewNote: INTERVIEW_NOTE,
      isWorkReady: true,
    });
  });

  it("after the employer declined: the anonymised proposal only, no name in the list", async () => {
    const world = await createProposalWorld();
    const id = await shared(world);
    await declineProposal({ actor: world.employerActor, input: { proposalId: id, reason: "OTHER", text: "Mevrouw Sanne woont te ver weg." }, now: NOW });
    const view = await getEmployerProposal(world.employerActor, id);
    expect(view).toMatchObject({ status: "DECLINED", declineReason: "OTHER", access: "ended" });
    expectAnonymised(view, world);
    await expectNoNameInList(world, id);
    expect(await prisma.auditLog.count({ where: { candidateId: world.candidate.id, actorId: world.employer.id, action: "proposal.read" } })).toBe(0);
  });

  it("after the bemiddelaar withdrew it: the anonymised proposal only", async () => {
    const world = await createProposalWorld();
    const id = await interviewed(world);
    await withdrawProposal({ actor: world.mediatorActor, input: { proposalId: id, reason: "Kandidaat heeft elders werk gevonden." }, now: NOW });
    const view = await getEmployerProposal(world.employerActor, id);
    expect(view).toMatchObject({ status: "WITHDRAWN", access: "ended" });
    expectAnonymised(view, world);
    await expectNoNameInList(world, id);
  });

  it("after the resident revoked the consent: no motivation, interview note or werkfit either", async () => {
    const world = await createProposalWorld();
    const id = await interviewed(world);
    const active = await prisma.consent.findFirstOrThrow({ where: { proposalId: id, grantedAt: { not: null } } });
    await revokeConsent({ actor: world.residentActor, input: { consentId: active.id }, now: NOW });
    const view = await getEmployerProposal(world.employerActor, id);
    expect(view).toMatchObject({ status: "INTERVIEW_POSITIVE", access: "consentRevoked" });
    expectAnonymised(view, world);
    await expectNoNameInList(world, id);
  });

  it("the consent covers its own proposal: a withdrawn one stays anonymised while another at the same employer is open", async () => {
    const world = await createProposalWorld();
    const first = await shared(world);
    const second = await shared(world, (await createVacancy({ organisationId: world.organisation.id, title: "Helpende", status: "IN_PROGRESS" })).id);
    await withdrawProposal({ actor: world.mediatorActor, input: { proposalId: first, reason: "Past toch niet bij de uren." }, now: NOW });
    expectAnonymised(await getEmployerProposal(world.employerActor, first), world);
    expect((await getEmployerProposal(world.employerActor, second)).shared).toMatchObject({ name: `Sanne ${world.candidate.lastName}` });
    await expectNoNameInList(world, first);
  });

  it("when the person is placed at another employer: the open proposal here shows no contact details", async () => {
    const world = await createProposalWorld();
    const id = await shared(world);
    const elsewhere = await createEmployerWithOwner();
    await prisma.placement.create({
      data: {
        candidateId: world.candidate.id,
        organisationId: elsewhere.organisation.id,
        recordedById: world.mediator.id,
        startDate: new Date("2026-11-02T00:00:00Z"),
        contractType: "TEMPORARY",
        hoursPerWeek: 24,
      },
    });
    const view = await getEmployerProposal(world.employerActor, id);
    expect(view).toMatchObject({ status: "PROPOSED", access: "ended" });
    expectAnonymised(view, world);
    await expectNoNameInList(world, id);
  });

  it("when the person is placed here: the placed proposal keeps name and contact", async () => {
    const world = await createProposalWorld();
    const id = await shared(world);
    await inviteCandidate({ actor: world.employerActor, input: { proposalId: id }, now: NOW });
    await prisma.proposal.update({ where: { id }, data: { status: "PLACED" } });
    await prisma.placement.create({
      data: {
        proposalId: id,
        candidateId: world.candidate.id,
        vacancyId: world.vacancy.id,
        organisationId: world.organisation.id,
        recordedById: world.mediator.id,
        startDate: new Date("2026-11-02T00:00:00Z"),
        contractType: "TEMPORARY",
        hoursPerWeek: 24,
      },
    });
    const view = await getEmployerProposal(world.employerActor, id);
    expect(view).toMatchObject({ status: "PLACED", access: "open", shared: { name: `Sanne ${world.candidate.lastName}`, phone: "0612345678" } });
  });
});
