import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { addWorkingDays } from "@/lib/time/working-days";
import { createJobseeker, ensurePartner } from "@/tests/factories/candidates";
import { ensureRoutingRules } from "@/tests/factories/help-requests";
import { ensureRegion } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";
import { amsterdamToday } from "./age";
import { getOwnHelpRequest } from "./get-own-help-request";
import { registerJobseeker } from "./register-jobseeker";
import { FALLBACK_ROUTE } from "./fallback-route";
import { submitHelpRequest } from "./submit-help-request";

const PASSWORD = "Een lange zin als wachtwoord";
const DAY = 86_400_000;

/** The birth date ("YYYY-MM-DD") of someone who is `age` today, or (nextBirthdayTomorrow) turns age+1 tomorrow. */
function bornAged(age: number, options: { nextBirthdayTomorrow?: boolean } = {}): string {
  const [y, m, d] = amsterdamToday(new Date(Date.now() + (options.nextBirthdayTomorrow ? DAY : 0))).split("-");
  return `${Number(y) - age - (options.nextBirthdayTomorrow ? 1 : 0)}-${m}-${d}`;
}

function registration(overrides: Record<string, unknown> = {}) {
  return {
    firstName: "Sanne",
    lastName: "de Vries",
    email: `sanne-${uniqueSuffix()}@example.nl`,
    password: PASSWORD,
    birthDate: "14-05-1990",
    municipalityCode: "GM0402",
    question: "NO_BENEFIT",
    text: "Ik wil graag weer aan het werk.",
    shareWithPartners: true,
    submissionKey: randomUUID(),
    ...overrides,
  };
}

async function setUp() {
  await ensureRegion();
  return ensureRoutingRules();
}

describe("aanmelding by a visitor (J1)", () => {
  it("creates the account, candidate, routed request and consent in one go, and says where it went", async () => {
    const { ruleIdOf } = await setUp();
    const now = new Date();
    const input = registration();
    const result = await registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input, now });

    expect(result).toMatchObject({
      outcome: "created",
      partner: "Partner GEMEENTE",
      team: "Gemeente – team NUG (zonder uitkering)",
      dueBy: addWorkingDays(now, 5),
    });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: input.email }, include: { candidate: { include: { consents: true, helpRequests: true } } } });
    expect(user).toMatchObject({ role: "JOBSEEKER", name: "Sanne de Vries" });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(user.candidate).toMatchObject({ firstName: "Sanne", lastName: "de Vries", email: input.email, municipalityCode: "GM0402", ownerId: null });
    expect(user.candidate!.birthDate).toEqual(new Date("1990-05-14T00:00:00.000Z"));
    expect(user.candidate!.consents).toMatchObject([{ purpose: "SHARE_WITH_PARTNERS", grantedAt: now, revokedAt: null }]);
    expect(user.candidate!.helpRequests).toMatchObject([
      { question: "NO_BENEFIT", status: "ROUTED", routingRuleId: ruleIdOf("NO_BENEFIT", "GEMEENTE"), text: "Ik wil graag weer aan het werk.", dueBy: addWorkingDays(now, 5) },
    ]);
  });

  it("routes by age: 26 goes to the Doorstroompunt, 27 to the municipality", async () => {
    await setUp();
    const young = await registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input: registration({ question: "FIND_WORK", birthDate: bornAged(26, { nextBirthdayTomorrow: true }) }) });
    const adult = await registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input: registration({ question: "FIND_WORK", birthDate: bornAged(27) }) });
    expect(young).toMatchObject({ partner: "Partner DOORSTROOMPUNT", team: "Doorstroompunt Jongeren – werk" });
    expect(adult).toMatchObject({ partner: "Partner GEMEENTE", team: "Werkcentrum – team Werkzoekenden" });
  });

  it("stores no consent when the box was not ticked, and accepts 'buiten de regio' and no text", async () => {
    await setUp();
    const input = registration({ shareWithPartners: false, municipalityCode: "OUTSIDE", text: "" });
    await registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input });
    const candidate = await prisma.candidate.findFirstOrThrow({ where: { email: input.email }, include: { consents: true, helpRequests: true } });
    expect(candidate.consents).toEqual([]);
    expect(candidate.municipalityCode).toBeNull();
    expect(candidate.helpRequests[0]!.text).toBeNull();
  });

  it("makes one account and one request for a double click, and answers a resend with the same result", async () => {
    await setUp();
    const input = registration();
    const [first, second] = await Promise.all([registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input }), registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input })]);
    expect(first).toMatchObject({ outcome: "created" });
    expect(second).toEqual(first);
    expect(await registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input })).toEqual(first);
    expect(await prisma.user.count({ where: { email: input.email } })).toBe(1);
    expect(await prisma.helpRequest.count({ where: { candidate: { email: input.email } } })).toBe(1);
    expect(await prisma.consent.count({ where: { candidate: { email: input.email } } })).toBe(1);
  });

  it("for a taken email address stores nothing and tells the owner by mail (the action answers as for a new one)", async () => {
    await setUp();
    const existing = await createUser({ role: "EMPLOYER", email: `bezet-${uniqueSuffix()}@example.nl` });
    const before = await prisma.helpRequest.count();
    const result = await registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input: registration({ email: existing.email.toUpperCase() }) });
    expect(result).toEqual({ outcome: "ownerTold" });
    expect(await prisma.helpRequest.count()).toBe(before);
    expect(await prisma.mailMessage.count({ where: { toAddress: existing.email, kind: "account.registrationAttempt" } })).toBe(1);
    expect(await prisma.candidate.count({ where: { email: existing.email } })).toBe(0);
  });

  it("refuses a reused form key with other details", async () => {
    await setUp();
    const input = registration();
    await registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input });
    await expect(registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input: { ...input, email: `ander-${uniqueSuffix()}@example.nl` } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input: { ...input, password: "Een heel ander wachtwoord" } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses bad input and stores nothing", async () => {
    await setUp();
    const [users, requests] = [await prisma.user.count(), await prisma.helpRequest.count()];
    const bad = [
      { firstName: "" },
      { lastName: "<script>alert(1)</script>" },
      { email: "geen-adres" },
      { password: "kort" },
      { password: "Qwerty123456" }, // on the common-passwords list
      { birthDate: "31-02-1990" },
      { birthDate: "01-01-2099" },
      { birthDate: bornAged(14) },
      { municipalityCode: "Hilversum" },
      { question: "ONBEKEND" },
      { text: "x".repeat(1001) },
      { text: "Hallo <b>daar</b>" },
      { submissionKey: "1" },
    ];
    for (const overrides of bad) {
      await expect(registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input: registration(overrides) }), JSON.stringify(overrides)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    await expect(registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input: registration({ municipalityCode: "GM9999" }) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "municipalityCode",
    });
    expect([await prisma.user.count(), await prisma.helpRequest.count()]).toEqual([users, requests]);
  });

  it("refuses anyone who is logged in", async () => {
    await setUp();
    const { user } = await createJobseeker();
    await expect(registerJobseeker({ actor: actorFor(user), clientAddress: uniqueSuffix(), input: registration() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("routes to the municipality's Werkcentrum team when no active rule fits", async () => {
    await setUp();
    await prisma.routingRule.updateMany({ where: { question: "BENEFIT_WAJONG" }, data: { active: false } });
    const input = registration({ question: "BENEFIT_WAJONG" });
    const result = await registerJobseeker({ actor: null, clientAddress: uniqueSuffix(), input });
    expect(result).toMatchObject({ partner: "Partner GEMEENTE", team: FALLBACK_ROUTE.team });
    const request = await prisma.helpRequest.findFirstOrThrow({ where: { candidate: { email: input.email } } });
    expect(request).toMatchObject({ routingRuleId: null, status: "ROUTED", partnerOrganisationId: (await ensurePartner("GEMEENTE")).id });
  });
});

describe("a new help question from a logged-in resident (J1)", () => {
  const ask = (overrides: Record<string, unknown> = {}) => ({ question: "UNDER_27", text: "", shareWithPartners: true, submissionKey: randomUUID(), ...overrides });

  it("routes a new request for the resident's own record, once per submission, without a second consent", async () => {
    await setUp();
    const { user, candidate } = await createJobseeker({ birthDate: new Date(`${bornAged(20)}T00:00:00.000Z`) });
    const input = ask();
    const [first, second] = await Promise.all([submitHelpRequest({ actor: actorFor(user), input }), submitHelpRequest({ actor: actorFor(user), input })]);
    expect(first).toMatchObject({ partner: "Partner DOORSTROOMPUNT", team: "Doorstroompunt Jongeren" });
    expect(second).toEqual(first);
    expect(await prisma.helpRequest.count({ where: { candidateId: candidate.id } })).toBe(1);
    // The factory already granted SHARE_WITH_PARTNERS: ticking the box again adds nothing.
    expect(await prisma.consent.count({ where: { candidateId: candidate.id } })).toBe(1);

    const own = await getOwnHelpRequest(actorFor(user), first.helpRequestId);
    expect(own).toMatchObject({ status: "ROUTED", team: "Doorstroompunt Jongeren", acceptedBy: null });
  });

  it("gives a resident account without a record one, with an unknown age", async () => {
    await setUp();
    const user = await createUser({ role: "JOBSEEKER", name: "Kees van Dam" });
    const result = await submitHelpRequest({ actor: actorFor(user), input: ask({ shareWithPartners: false }) });
    expect(result).toMatchObject({ partner: "Partner GEMEENTE", team: "Werkcentrum – team Werkzoekenden" });
    expect(await prisma.candidate.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ firstName: "Kees", lastName: "van Dam", birthDate: null });
  });

  it("refuses other roles, another resident's form key and another resident's request", async () => {
    await setUp();
    const { user } = await createJobseeker();
    const { user: other } = await createJobseeker();
    const mine = await submitHelpRequest({ actor: actorFor(user), input: ask({ submissionKey: randomUUID() }) });
    for (const role of ["EMPLOYER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(submitHelpRequest({ actor, input: ask() })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getOwnHelpRequest(actor, mine.helpRequestId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const stolenKey = (await prisma.helpRequest.findUniqueOrThrow({ where: { id: mine.helpRequestId } })).submissionKey!;
    await expect(submitHelpRequest({ actor: actorFor(other), input: ask({ submissionKey: stolenKey }) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(getOwnHelpRequest(actorFor(other), mine.helpRequestId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitHelpRequest({ actor: actorFor(user), input: ask({ question: "IETS" }) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
