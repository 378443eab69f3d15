import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { createAccountManager, createOrganisation, ensureRegion, uniqueKvkNumber } from "@/tests/factories/organisations";
import { confirmRegistrationMail } from "@/tests/factories/email-verification";
import { createUser, uniqueSuffix } from "@/tests/factories/users";
import { registerOrganisation } from "./register-organisation";
import { registerOrganisationOnBehalf } from "./register-organisation-on-behalf";

const actorOf = (user: { id: string; role: Actor["role"]; name: string; organisationId: string | null }): Actor => ({
  userId: user.id,
  role: user.role,
  name: user.name,
  organisationId: user.organisationId,
  partnerOrganisationId: null,
});

function registration(overrides: Record<string, string> = {}) {
  return {
    kvkNumber: uniqueKvkNumber(),
    legalName: `Bakkerij ${uniqueSuffix()}`,
    street: "Havenstraat",
    houseNumber: "12",
    postcode: "1211ab",
    city: "Hilversum",
    municipalityCode: "GM0402",
    contactName: "Fatima el Amrani",
    email: `Contact-${uniqueSuffix()}@Bakkerij.nl`,
    phone: "035 123 45 67",
    password: "een-lang-wachtwoord",
    ...overrides,
  };
}

let region: Awaited<ReturnType<typeof ensureRegion>>;
let hilversumBusy: { id: string };
let hilversumQuiet: { id: string };
let hbelOnly: { id: string };

beforeAll(async () => {
  region = await ensureRegion();
  const hilversum = region.workAreaIdByName.Hilversum!;
  hilversumBusy = await createAccountManager({ workAreaIds: [hilversum] });
  hilversumQuiet = await createAccountManager({ workAreaIds: [hilversum] });
  hbelOnly = await createAccountManager({ workAreaIds: [region.workAreaIdByName.HBEL!] });
  // The busy one already owns two employers; the quiet one owns one.
  await createOrganisation({ ownerId: hilversumBusy.id });
  await createOrganisation({ ownerId: hilversumBusy.id });
  await createOrganisation({ ownerId: hilversumQuiet.id });
});

describe("registerOrganisation: new KvK number", () => {
  it("creates organisation and employer account in one go, owned by the least busy accountmanager of the work area, who is notified once the address is confirmed", async () => {
    const input = registration();
    await expect(registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input })).resolves.toEqual({ outcome: "created" });

    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { kvkNumber: input.kvkNumber } });
    expect(organisation).toMatchObject({ postcode: "1211 AB", municipalityCode: "GM0402", outsideRegion: false, ownerId: hilversumQuiet.id });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: input.email.toLowerCase() } });
    expect(user).toMatchObject({ role: "EMPLOYER", organisationId: organisation.id, name: "Fatima el Amrani" });
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);
    expect(user.emailVerifiedAt).toBeNull();

    // Nobody hears of it before the address is confirmed (decision 019).
    expect(await prisma.notification.count({ where: { userId: hilversumQuiet.id, kind: "organisation.assigned" } })).toBe(0);
    expect(await confirmRegistrationMail(user.email)).toEqual({ outcome: "verified" });
    const notes = await prisma.notification.findMany({ where: { userId: hilversumQuiet.id, kind: "organisation.assigned" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ title: "Nieuwe werkgever toegewezen", link: `/professional/werkgevers/${organisation.id}` });
  });

  it("spreads new employers over the work area (round-robin by load, ties by id)", async () => {
    // Now both Hilversum accountmanagers own two: the tie goes to the lower id, then to the other one.
    const owners: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const input = registration();
      await registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input });
      owners.push((await prisma.organisation.findUniqueOrThrow({ where: { kvkNumber: input.kvkNumber } })).ownerId);
    }
    expect(new Set(owners)).toEqual(new Set([hilversumBusy.id, hilversumQuiet.id]));
    expect(owners[0]).toBe([hilversumBusy.id, hilversumQuiet.id].sort()[0]);
  });

  it("assigns a HBEL municipality to the HBEL accountmanager", async () => {
    const input = registration({ municipalityCode: "GM0406", city: "Huizen", postcode: "1271 AA" });
    await registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { kvkNumber: input.kvkNumber } })).ownerId).toBe(hbelOnly.id);
  });

  it("falls back to all accountmanagers outside the region and when the work area has none", async () => {
    const outside = registration({ municipalityCode: "OUTSIDE", city: "Utrecht", postcode: "3511 AA" });
    await registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input: outside });
    const org = await prisma.organisation.findUniqueOrThrow({ where: { kvkNumber: outside.kvkNumber } });
    expect(org).toMatchObject({ outsideRegion: true, municipalityCode: null, ownerId: hbelOnly.id }); // hbelOnly owns the fewest

    const wijdemeren = registration({ municipalityCode: "GM1696" }); // nobody works in Wijdemeren
    await registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input: wijdemeren });
    const owner = (await prisma.organisation.findUniqueOrThrow({ where: { kvkNumber: wijdemeren.kvkNumber } })).ownerId;
    expect([hilversumBusy.id, hilversumQuiet.id, hbelOnly.id]).toContain(owner);
  });

  it("creates one organisation and one account for a double click (Promise.all) and for a resend", async () => {
    const input = registration();
    const results = await Promise.all([registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input }), registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input })]);
    expect(results).toEqual([{ outcome: "created" }, { outcome: "created" }]);
    await expect(registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input })).resolves.toEqual({ outcome: "created" });
    expect(await prisma.organisation.count({ where: { kvkNumber: input.kvkNumber } })).toBe(1);
    expect(await prisma.user.count({ where: { email: input.email.toLowerCase() } })).toBe(1);
    const org = await prisma.organisation.findUniqueOrThrow({ where: { kvkNumber: input.kvkNumber } });
    expect(await prisma.mailMessage.count({ where: { toAddress: input.email.toLowerCase(), kind: "email.registration" } })).toBe(1);
    await confirmRegistrationMail(input.email.toLowerCase());
    expect(await prisma.notification.count({ where: { link: `/professional/werkgevers/${org.id}` } })).toBe(1);
  });

  it("makes one organisation when two different people register the same new KvK at once: the second one asks to join", async () => {
    const kvkNumber = uniqueKvkNumber();
    const results = await Promise.all([
      registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input: registration({ kvkNumber }) }),
      registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input: registration({ kvkNumber }) }),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["created", "joinRequested"]);
    expect(await prisma.organisation.count({ where: { kvkNumber } })).toBe(1);
  });
});

describe("registerOrganisation: known KvK number", () => {
  it("never makes a second organisation: the account waits without organisation and the owner is notified once the address is confirmed", async () => {
    const existing = await createOrganisation({ ownerId: hbelOnly.id, municipalityCode: "GM0376" });
    const input = registration({ kvkNumber: existing.kvkNumber, legalName: "Een andere naam" });
    await expect(registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input })).resolves.toEqual({ outcome: "joinRequested" });

    expect(await prisma.organisation.count({ where: { kvkNumber: existing.kvkNumber } })).toBe(1);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: input.email.toLowerCase() } });
    expect(user.organisationId).toBeNull();
    const requests = await prisma.organisationJoinRequest.findMany({ where: { organisationId: existing.id } });
    expect(requests).toEqual([expect.objectContaining({ userId: user.id, status: "PENDING" })]);
    expect(await prisma.notification.count({ where: { userId: hbelOnly.id, kind: "organisation.joinRequested" } })).toBe(0);
    await confirmRegistrationMail(user.email);
    const note = await prisma.notification.findFirstOrThrow({ where: { userId: hbelOnly.id, kind: "organisation.joinRequested" } });
    expect(note.link).toBe("/professional/aanvragen");
    expect(note.body).toContain("Fatima el Amrani");

    // Resending the same request gives the same answer, without a second request.
    await expect(registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input })).resolves.toEqual({ outcome: "joinRequested" });
    expect(await prisma.organisationJoinRequest.count({ where: { organisationId: existing.id } })).toBe(1);
  });
});

describe("registerOrganisation: refusals", () => {
  it("for an address in use (any case) writes nothing but a mail to its owner (the action answers as for a new one)", async () => {
    const taken = await createUser({ role: "EMPLOYER", email: `bezet-${uniqueSuffix()}@bedrijf.nl` });
    const input = registration({ email: taken.email.toUpperCase() });
    await expect(registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input })).resolves.toEqual({ outcome: "ownerTold" });
    expect(await prisma.organisation.count({ where: { kvkNumber: input.kvkNumber } })).toBe(0);
    expect(await prisma.mailMessage.count({ where: { toAddress: taken.email, kind: "account.registrationAttempt" } })).toBe(1);
  });

  it("stores nothing for bad input", async () => {
    const before = { organisations: await prisma.organisation.count(), users: await prisma.user.count() };
    const bads: Record<string, string>[] = [
      { kvkNumber: "1234567" },
      { postcode: "12345" },
      { email: "geen-mail" },
      { legalName: "<script>alert(1)</script>" },
      { legalName: "x".repeat(201) },
      { password: "kort" },
      { password: "Qwerty123456" }, // on the common-passwords list
      { municipalityCode: "GM9999" }, // well-formed, but not a municipality of the region
    ];
    for (const bad of bads) {
      await expect(registerOrganisation({ actor: null, clientAddress: uniqueSuffix(), input: registration(bad) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect({ organisations: await prisma.organisation.count(), users: await prisma.user.count() }).toEqual(before);
  });

  it("refuses a logged-in user (they use their own account or register on behalf)", async () => {
    const employer = await createUser({ role: "EMPLOYER" });
    await expect(registerOrganisation({ actor: actorOf(employer), clientAddress: uniqueSuffix(), input: registration() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("registerOrganisationOnBehalf", () => {
  it("lets an accountmanager enter an employer and become its owner, without an employer account", async () => {
    const am = await createAccountManager({ workAreaIds: [region.workAreaIdByName.HBEL!] });
    const input = registration({ municipalityCode: "GM0402" });
    const result = await registerOrganisationOnBehalf({ actor: actorOf(am), input });
    expect(result.outcome).toBe("created");
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id: result.organisationId } });
    expect(org.ownerId).toBe(am.id);
    expect(await prisma.user.count({ where: { email: input.email.toLowerCase() } })).toBe(0);

    // A known KvK number: the existing organisation, nothing new.
    const again = await registerOrganisationOnBehalf({ actor: actorOf(am), input: { ...input, legalName: "Anders" } });
    expect(again).toEqual({ outcome: "exists", organisationId: org.id });
  });

  it("lets an ADMIN register: the owner is picked by work area and notified", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const result = await registerOrganisationOnBehalf({ actor: actorOf(admin), input: registration({ municipalityCode: "GM0417" }) });
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id: result.organisationId } });
    const ownerAreas = await prisma.userWorkArea.findMany({ where: { userId: org.ownerId }, select: { workAreaId: true } });
    expect(ownerAreas.map((a) => a.workAreaId)).toContain(region.workAreaIdByName.HBEL); // Laren is in HBEL
    expect(await prisma.notification.count({ where: { userId: org.ownerId, link: `/professional/werkgevers/${org.id}` } })).toBe(1);
  });

  it.each(["EMPLOYER", "JOBSEEKER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const)("refuses %s", async (role) => {
    const user = await createUser({ role });
    const input = registration();
    await expect(registerOrganisationOnBehalf({ actor: actorOf(user), input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.organisation.count({ where: { kvkNumber: input.kvkNumber } })).toBe(0);
  });
});
