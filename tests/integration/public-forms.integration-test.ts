import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { ensureRoutingRules } from "@/tests/factories/help-requests";
import { createAccountManager, ensureRegion, uniqueKvkNumber } from "@/tests/factories/organisations";
import { createUser, uniqueSuffix } from "@/tests/factories/users";

// Finding 15.3: the public forms as a visitor reaches them, behind one trusted proxy that reports the client.
const request = vi.hoisted(() => ({ client: "203.0.113.1" }));
vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": `6.6.6.6, ${request.client}` }) }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const hashing = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...original, hashPassword: async (password: string) => ((hashing.calls += 1), original.hashPassword(password)) };
});

const { registerJobseekerAction } = await import("@/app/(jobseeker)/werkzoekende/aanmelden/actions");
const { registerOrganisationAction } = await import("@/app/(employer)/werkgever/registreren/actions");
const { requestPasswordResetAction } = await import("@/app/(public)/wachtwoord-vergeten/actions");
const { resetPasswordAction } = await import("@/app/(public)/wachtwoord-herstellen/[token]/actions");
const { confirmEmailAction } = await import("@/app/(public)/e-mail-bevestigen/[token]/actions");

const PASSWORD = "Een lange zin als wachtwoord";
const NOTICE_SUBJECT = "Iemand probeerde zich aan te melden met uw e-mailadres";
const newClient = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;

const resident = (overrides: Record<string, unknown> = {}) => ({
  firstName: "Sanne",
  lastName: "de Vries",
  email: `sanne-${uniqueSuffix()}@example.nl`,
  password: PASSWORD,
  birthDate: "14-05-1990",
  municipalityCode: "GM0402",
  question: "NO_BENEFIT" as const,
  text: "Ik wil graag weer aan het werk.",
  shareWithPartners: true,
  submissionKey: randomUUID(),
  ...overrides,
});

const employer = (overrides: Record<string, string> = {}) => ({
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
  password: PASSWORD,
  ...overrides,
});

beforeAll(async () => {
  const region = await ensureRegion();
  await createAccountManager({ workAreaIds: [region.workAreaIdByName.Hilversum!] });
  await ensureRoutingRules();
});
beforeEach(() => {
  request.client = newClient();
});

describe("registration answers the same whether or not the address has an account", () => {
  it("resident: the same answer, nothing created for the known address, and its owner is told by mail", async () => {
    const owner = await createUser({ role: "JOBSEEKER" });
    const before = await prisma.candidate.count();
    const unknown = await registerJobseekerAction(resident());
    const known = await registerJobseekerAction(resident({ email: owner.email.toUpperCase() }));
    expect(unknown).toEqual({ data: { outcome: "checkEmail" } });
    expect(known).toEqual(unknown);
    expect(await prisma.candidate.count()).toBe(before + 1);
    expect(await prisma.user.count({ where: { email: owner.email } })).toBe(1);
    const mails = await prisma.mailMessage.findMany({ where: { toAddress: owner.email } });
    expect(mails.map((mail) => mail.subject)).toEqual([NOTICE_SUBJECT]);
    expect(mails[0]!.textBody).toMatch(/Wachtwoord vergeten/);
  });

  it("employer: the same answer for a new, a known KvK number and a known address; the owner is told, nothing is created", async () => {
    const owner = await createUser({ role: "EMPLOYER" });
    const organisations = await prisma.organisation.count();
    const unknown = await registerOrganisationAction(employer());
    const known = await registerOrganisationAction(employer({ email: owner.email }));
    expect(unknown).toEqual({ data: { outcome: "checkEmail" } });
    expect(known).toEqual(unknown);
    expect(await prisma.organisation.count()).toBe(organisations + 1);
    expect((await prisma.mailMessage.findMany({ where: { toAddress: owner.email } })).map((mail) => mail.subject)).toEqual([NOTICE_SUBJECT]);
  });

  it("tells an owner at most a few times a day, however often the form is sent with the address", async () => {
    const owner = await createUser({ role: "JOBSEEKER" });
    for (let i = 0; i < THROTTLE.registrationNoticeAccount.max + 2; i += 1) {
      request.client = newClient();
      expect(await registerJobseekerAction(resident({ email: owner.email }))).toEqual({ data: { outcome: "checkEmail" } });
    }
    expect(await prisma.mailMessage.count({ where: { toAddress: owner.email } })).toBe(THROTTLE.registrationNoticeAccount.max);
  });
});

describe("a limit per client on every public form", () => {
  it("resident registration: the (N+1)th from one client is refused in Dutch, before hashing, and writes nothing", async () => {
    for (let i = 0; i < THROTTLE.residentRegistrationClient.max; i += 1) {
      expect((await registerJobseekerAction(resident()))?.data).toEqual({ outcome: "checkEmail" });
    }
    const refused = resident();
    hashing.calls = 0;
    const answer = await registerJobseekerAction(refused);
    expect(answer?.data).toEqual({ outcome: "throttled", message: expect.stringMatching(/te vaak verstuurd\. Probeer het over \d+ minuten? opnieuw\./) });
    expect(hashing.calls).toBe(0);
    expect(await prisma.user.count({ where: { email: refused.email } })).toBe(0);
    request.client = newClient();
    expect((await registerJobseekerAction(refused))?.data).toEqual({ outcome: "checkEmail" });
  }, 120_000);

  it("employer registration: the (N+1)th from one client is refused, before hashing, and writes nothing", async () => {
    for (let i = 0; i < THROTTLE.employerRegistrationClient.max; i += 1) {
      expect((await registerOrganisationAction(employer()))?.data).toEqual({ outcome: "checkEmail" });
    }
    const refused = employer();
    hashing.calls = 0;
    expect((await registerOrganisationAction(refused))?.data).toMatchObject({ outcome: "throttled" });
    expect(hashing.calls).toBe(0);
    expect(await prisma.organisation.count({ where: { kvkNumber: refused.kvkNumber } })).toBe(0);
  }, 120_000);

  it("password reset request: the (N+1)th from one client is refused and mails nothing", async () => {
    for (let i = 0; i < THROTTLE.passwordResetClient.max; i += 1) {
      expect((await requestPasswordResetAction({ email: `spray-${uniqueSuffix()}@example.nl` }))?.data).toEqual({ outcome: "requested" });
    }
    const owner = await createUser();
    expect((await requestPasswordResetAction({ email: owner.email }))?.data).toEqual({ outcome: "throttled" });
    expect(await prisma.passwordResetToken.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("a new password by link and an e-mail confirmation: the (N+1)th from one client is refused before the token is looked up", async () => {
    const token = "A".repeat(43);
    for (let i = 0; i < THROTTLE.passwordResetLinkClient.max; i += 1) {
      expect((await resetPasswordAction({ token, password: PASSWORD }))?.data).toEqual({ outcome: "invalidToken" });
    }
    hashing.calls = 0;
    expect((await resetPasswordAction({ token, password: PASSWORD }))?.data).toMatchObject({ outcome: "throttled" });
    expect(hashing.calls).toBe(0);

    for (let i = 0; i < THROTTLE.emailConfirmationClient.max; i += 1) {
      expect((await confirmEmailAction({ token }))?.data).toEqual({ outcome: "invalidToken" });
    }
    expect((await confirmEmailAction({ token }))?.data).toMatchObject({ outcome: "throttled" });
  });
});
