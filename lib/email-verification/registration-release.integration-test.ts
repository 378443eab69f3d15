import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { prisma } from "@/lib/db";
import { acceptHelpRequest } from "@/lib/help-requests/accept-help-request";
import { countTeamQueue } from "@/lib/help-requests/count-team-queue";
import { escalateOverdueHelpRequests } from "@/lib/help-requests/escalate-overdue-help-requests";
import { findTeamQueue } from "@/lib/help-requests/find-team-queue";
import { registerJobseeker } from "@/lib/help-requests/register-jobseeker";
import { countTeamQueue as countCaseloadTeamQueue } from "@/lib/caseload/count-team-queue";
import { decideJoinRequest } from "@/lib/organisations/decide-join-request";
import { findEmployerRegister } from "@/lib/organisations/find-employer-register";
import { findPendingJoinRequests } from "@/lib/organisations/find-pending-join-requests";
import { getEmployerPage } from "@/lib/organisations/get-employer-page";
import { employerRegisterSearchSchema } from "@/lib/organisations/master-data-schemas";
import { registerOrganisation } from "@/lib/organisations/register-organisation";
import { getProfessionalStart } from "@/lib/start-pages/get-professional-start";
import { findSuwiEmployers } from "@/lib/suwi/find-suwi-employers";
import { addWorkingDays } from "@/lib/time/working-days";
import { confirmEmail } from "./confirm-email";
import { issueEmailToken } from "./issue-email-token";
import { createMediator } from "@/tests/factories/candidates";
import { confirmRegistrationMail, tokenFromLatestMail } from "@/tests/factories/email-verification";
import { ensureRoutingRules } from "@/tests/factories/help-requests";
import { createAccountManager, createOrganisation, ensureRegion, uniqueKvkNumber } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";

// Decision 019: what a self-registration wrote stays out of every professional's view until the address is confirmed.

const DAY = 86_400_000;

function residentRegistration() {
  return {
    firstName: "Sanne",
    lastName: "de Vries",
    email: `sanne-${uniqueSuffix()}@example.nl`,
    password: "Een lange zin als wachtwoord",
    birthDate: "14-05-1990",
    municipalityCode: "GM0402",
    question: "NO_BENEFIT",
    text: null,
    shareWithPartners: false,
    submissionKey: randomUUID(),
  };
}

function employerRegistration(overrides: Record<string, string> = {}) {
  return {
    kvkNumber: uniqueKvkNumber(),
    legalName: `Bakkerij ${uniqueSuffix()}`,
    street: "Havenstraat",
    houseNumber: "12",
    postcode: "1211ab",
    city: "Hilversum",
    municipalityCode: "GM0402",
    contactName: "Fatima el Amrani",
    email: `contact-${uniqueSuffix()}@bakkerij.nl`,
    phone: "035 123 45 67",
    password: "een-lang-wachtwoord",
    ...overrides,
  };
}

beforeAll(async () => {
  await ensureRegion();
  await ensureRoutingRules();
});

describe("a resident's help request before and after the address is confirmed", () => {
  it("is in no team queue, count or escalation until confirmed; then it is, with the team's term starting at confirmation", async () => {
    const bm = actorFor(await createMediator({ partnerCode: "GEMEENTE" }));
    const input = residentRegistration();
    const result = await registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input });
    if (result.outcome !== "created") throw new Error("not created");
    const { helpRequestId } = result;
    await prisma.helpRequest.update({ where: { id: helpRequestId }, data: { dueBy: new Date(Date.now() - 10 * DAY) } });

    const queueIds = async () => (await findTeamQueue(bm)).map((item) => item.id);
    const before = { queue: await queueIds(), counts: await countTeamQueue(bm), caseload: await countCaseloadTeamQueue(bm) };
    expect(before.queue).not.toContain(helpRequestId);
    await expect(acceptHelpRequest({ actor: bm, input: { helpRequestId } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Long overdue, yet not escalated: nobody could have picked it up.
    await escalateOverdueHelpRequests(new Date());
    expect(await prisma.helpRequest.findUniqueOrThrow({ where: { id: helpRequestId } })).toMatchObject({ status: "ROUTED", escalatedAt: null });

    const confirmedAt = new Date();
    expect(await confirmRegistrationMail(input.email, { now: confirmedAt })).toEqual({ outcome: "verified" });

    expect(await queueIds()).toContain(helpRequestId);
    expect((await countTeamQueue(bm)).open).toBe(before.counts.open + 1);
    expect(await countCaseloadTeamQueue(bm)).toBe(before.caseload + 1);
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: helpRequestId } })).dueBy).toEqual(addWorkingDays(confirmedAt, 5));
    await expect(acceptHelpRequest({ actor: bm, input: { helpRequestId } })).resolves.toBeTruthy();
  });
});

describe("an employer's own registration before and after the address is confirmed", () => {
  it("keeps a new organisation out of the register, the employer page, the owner's start page and the SUWI list until confirmed", async () => {
    const owner = await createAccountManager({ workAreaIds: [(await ensureRegion()).workAreaIdByName.Hilversum!] });
    const admin = actorFor(await createUser({ role: "ADMIN" }));
    const staff = actorFor(await createUser({ role: "REGIONAL_STAFF" }));
    const input = employerRegistration();
    await registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input });
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { kvkNumber: input.kvkNumber } });
    const ownerActor = actorFor(await prisma.user.findUniqueOrThrow({ where: { id: organisation.ownerId } }));
    const search = employerRegisterSearchSchema.parse({ q: input.legalName });
    const filters = parseDashboardFilters({}, new Date());
    const visibleTo = async () => ({
      register: (await findEmployerRegister({ actor: admin, search })).rows.map((row) => row.id),
      ownerRegister: (await findEmployerRegister({ actor: ownerActor, search })).rows.map((row) => row.id),
      start: await getProfessionalStart(ownerActor).then((start) => ("employers" in start ? start.employers.map((e) => e.id) : [])),
      suwi: (await findSuwiEmployers(staff, filters, { all: true })).rows.map((row) => row.id),
    });

    const before = await visibleTo();
    for (const list of Object.values(before)) expect(list).not.toContain(organisation.id);
    await expect(getEmployerPage({ actor: admin, organisationId: organisation.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.notification.count({ where: { userId: organisation.ownerId } })).toBe(0);

    await confirmRegistrationMail(input.email);

    const after = await visibleTo();
    for (const list of Object.values(after)) expect(list).toContain(organisation.id);
    await expect(getEmployerPage({ actor: admin, organisationId: organisation.id })).resolves.toBeTruthy();
    expect(await prisma.notification.count({ where: { userId: organisation.ownerId, kind: "organisation.assigned" } })).toBe(1);
    expect(owner.id).toBeTruthy();
  });

  it("keeps a request to join a known organisation from its owner until confirmed", async () => {
    const owner = await createAccountManager();
    const known = await createOrganisation({ ownerId: owner.id });
    const input = employerRegistration({ kvkNumber: known.kvkNumber });
    expect(await registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input })).toEqual({ outcome: "joinRequested" });
    const request = await prisma.organisationJoinRequest.findFirstOrThrow({ where: { organisationId: known.id } });
    const ownerActor = actorFor(owner);

    expect((await findPendingJoinRequests(ownerActor)).map((row) => row.id)).not.toContain(request.id);
    await expect(decideJoinRequest({ actor: ownerActor, input: { joinRequestId: request.id, decision: "ACCEPT" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.notification.count({ where: { userId: owner.id, kind: "organisation.joinRequested" } })).toBe(0);

    await confirmRegistrationMail(input.email);

    expect((await findPendingJoinRequests(ownerActor)).map((row) => row.id)).toContain(request.id);
    expect(await prisma.notification.count({ where: { userId: owner.id, kind: "organisation.joinRequested" } })).toBe(1);
    await expect(decideJoinRequest({ actor: ownerActor, input: { joinRequestId: request.id, decision: "ACCEPT" } })).resolves.toBeTruthy();
  });

  it("releases once: an older link opened afterwards changes nothing and sends no second notification", async () => {
    const input = employerRegistration();
    await registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: input.email } });
    const older = await tokenFromLatestMail(user.email);
    await prisma.$transaction((tx) => issueEmailToken(tx, { userId: user.id, email: user.email, purpose: "REGISTRATION", now: new Date() }));
    const newer = await tokenFromLatestMail(user.email);
    expect(newer).not.toBe(older);

    expect(await confirmEmail({ token: newer })).toEqual({ outcome: "verified" });
    expect(await confirmEmail({ token: older })).toEqual({ outcome: "invalidToken" });
    expect(await confirmEmail({ token: newer })).toEqual({ outcome: "invalidToken" });
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { kvkNumber: input.kvkNumber } });
    expect(await prisma.notification.count({ where: { userId: organisation.ownerId, link: `/professional/werkgevers/${organisation.id}` } })).toBe(1);
  });
});
