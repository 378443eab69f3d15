import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createAccountManager, createEmployerUser, createOrganisation, ensureRegion, organisationMasterData as masterData } from "@/tests/factories/organisations";
import { createUser } from "@/tests/factories/users";
import { findEmployerRegister } from "./find-employer-register";
import { getEmployerPage } from "./get-employer-page";
import { employerRegisterSearchSchema } from "./master-data-schemas";
import { transferOrganisationOwnership } from "./transfer-organisation-ownership";
import { updateOrganisationMasterData } from "./update-organisation-master-data";

// The server actions (Dutch field errors, refusals) are tested in app/(professional)/professional/werkgevers/actions.integration-test.ts.

type U = { id: string; role: Actor["role"]; name: string; organisationId?: string | null };
const actorOf = (user: U): Actor => ({ userId: user.id, role: user.role, name: user.name, organisationId: user.organisationId ?? null, partnerOrganisationId: null });
const search = (params: Record<string, string> = {}) => employerRegisterSearchSchema.parse(params);

let region: Awaited<ReturnType<typeof ensureRegion>>;
beforeAll(async () => {
  region = await ensureRegion();
});

describe("findEmployerRegister", () => {
  it("searches name and KvK and applies every filter in the query", async () => {
    const owner = await createAccountManager({ name: "Anna Eigenaar" });
    const other = await createAccountManager();
    const bakery = await createOrganisation({ ownerId: owner.id, legalName: "Zoekbakkerij Korenaar", kvkNumber: "87654321", municipalityCode: "GM0402", sector: "Voeding" });
    const care = await createOrganisation({ ownerId: other.id, legalName: "Zoekzorg Gooi", municipalityCode: "GM0406", segment: "SOCIAL_CHALLENGE", sector: "Zorg" });
    const town = await createOrganisation({ ownerId: other.id, legalName: "Zoekgemeente", municipalityCode: "GM1696", segment: "GOVERNMENT" });
    await prisma.organisation.update({ where: { id: care.id }, data: { inclusiveEmployer: true, sbbRecognised: true } });
    await prisma.organisation.update({ where: { id: town.id }, data: { preferredSupplier: true } });
    const am = actorOf(await createUser({ role: "ACCOUNT_MANAGER" }));
    const ids = async (params: Record<string, string>) => (await findEmployerRegister({ actor: am, search: search(params) })).rows.map((r) => r.id);

    expect(await ids({ q: "zoek" })).toEqual([bakery.id, town.id, care.id]); // by name A–Z
    expect(await ids({ q: "zoek", sort: "name-desc" })).toEqual([care.id, town.id, bakery.id]);
    expect(await ids({ q: "korenaar" })).toEqual([bakery.id]);
    expect(await ids({ q: "8765" })).toEqual([bakery.id]);
    expect(await ids({ q: "zoek", workArea: region.workAreaIdByName.HBEL! })).toEqual([care.id]);
    expect(await ids({ q: "zoek", municipality: "GM1696" })).toEqual([town.id]);
    expect(await ids({ q: "zoek", segment: "GOVERNMENT" })).toEqual([town.id]);
    expect(await ids({ q: "zoek", sector: "voeding" })).toEqual([bakery.id]);
    expect(await ids({ q: "zoek", owner: owner.id })).toEqual([bakery.id]);
    expect(await ids({ q: "zoek", inclusive: "1" })).toEqual([care.id]);
    expect(await ids({ q: "zoek", preferred: "1" })).toEqual([town.id]);
    expect(await ids({ q: "zoek", sbb: "1", inclusive: "1" })).toEqual([care.id]);
    expect(await ids({ q: "100%_" })).toEqual([]);
  });

  it("pages by 25", async () => {
    const owner = await createAccountManager();
    for (let i = 0; i < 27; i++) await createOrganisation({ ownerId: owner.id, legalName: `Pagina ${String(i).padStart(2, "0")}` });
    const am = actorOf(owner);
    const first = await findEmployerRegister({ actor: am, search: search({ owner: owner.id }) });
    const second = await findEmployerRegister({ actor: am, search: search({ owner: owner.id, page: "2" }) });
    expect([first.total, first.rows.length, first.pageCount, second.rows.length]).toEqual([27, 25, 2, 2]);
    expect(second.rows.map((r) => r.name)).toEqual(["Pagina 25", "Pagina 26"]);
  });

  it("is refused to employers, jobseekers and staff", async () => {
    for (const role of ["EMPLOYER", "JOBSEEKER", "REGIONAL_STAFF"] as const) {
      await expect(findEmployerRegister({ actor: actorOf(await createUser({ role })), search: search() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("getEmployerPage", () => {
  it("shows the contacts, and who may edit or transfer", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id });
    await createEmployerUser({ organisationId: org.id, name: "Eva Werkgever" });
    const page = await getEmployerPage({ actor: actorOf(owner), organisationId: org.id });
    expect(page.contacts.map((c) => c.name)).toEqual(["Eva Werkgever"]);
    expect([page.isOwner, page.canEditMasterData, page.canTransferOwnership]).toEqual([true, true, true]);
    const other = await getEmployerPage({ actor: actorOf(await createUser({ role: "JOB_MEDIATOR" })), organisationId: org.id });
    expect([other.isOwner, other.canEditMasterData, other.canTransferOwnership]).toEqual([false, false, false]);
    await expect(getEmployerPage({ actor: actorOf(owner), organisationId: "bestaat-niet" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("updateOrganisationMasterData", () => {
  it("lets the owner and an admin edit", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id });
    await updateOrganisationMasterData({ actor: actorOf(owner), input: masterData(org.id) });
    const stored = await prisma.organisation.findUniqueOrThrow({ where: { id: org.id } });
    expect(stored).toMatchObject({ legalName: "Nieuwe Naam B.V.", postcode: "1271 AB", segment: "LARGE", size: 250, inclusiveEmployer: true, municipalityCode: "GM0406", outsideRegion: false });
    const admin = await createUser({ role: "ADMIN" });
    await updateOrganisationMasterData({ actor: actorOf(admin), input: { ...masterData(org.id), municipalityCode: "", size: 0 } });
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({ size: 0, municipalityCode: null, outsideRegion: true });
  });

  it("refuses a non-owner accountmanager, a bemiddelaar, an employer and a jobseeker, and changes nothing", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id, legalName: "Onveranderd B.V." });
    const refusals: [U, string][] = [
      [await createUser({ role: "ACCOUNT_MANAGER" }), "NOT_FOUND"],
      [await createUser({ role: "JOB_MEDIATOR" }), "FORBIDDEN"],
      [await createEmployerUser({ organisationId: org.id }), "FORBIDDEN"],
      [await createUser({ role: "JOBSEEKER" }), "FORBIDDEN"],
    ];
    for (const [user, code] of refusals) {
      await expect(updateOrganisationMasterData({ actor: actorOf(user), input: masterData(org.id) })).rejects.toMatchObject({ code });
    }
    // a refusal looks the same as an employer that does not exist
    await expect(updateOrganisationMasterData({ actor: actorOf(refusals[0]![0]), input: masterData("bestaat-niet") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: org.id } })).legalName).toBe("Onveranderd B.V.");
  });

  it("stores nothing for bad input", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id, legalName: "Blijft B.V." });
    await expect(updateOrganisationMasterData({ actor: actorOf(owner), input: { ...masterData(org.id), postcode: "12" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(updateOrganisationMasterData({ actor: actorOf(owner), input: { ...masterData(org.id), municipalityCode: "GM9999" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: org.id } })).legalName).toBe("Blijft B.V.");
  });
});

describe("transferOrganisationOwnership", () => {
  it("moves ownership, logs the transfer and notifies the new owner in one go", async () => {
    const owner = await createAccountManager();
    const next = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id });
    await transferOrganisationOwnership({ actor: actorOf(owner), input: { organisationId: org.id, toUserId: next.id, reason: "Nieuwe gebiedsindeling" } });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: org.id } })).ownerId).toBe(next.id);
    expect(await prisma.ownershipTransfer.findMany({ where: { organisationId: org.id }, select: { fromUserId: true, toUserId: true, byUserId: true, reason: true } })).toEqual([
      { fromUserId: owner.id, toUserId: next.id, byUserId: owner.id, reason: "Nieuwe gebiedsindeling" },
    ]);
    expect(await prisma.notification.findMany({ where: { userId: next.id }, select: { kind: true, link: true } })).toEqual([
      { kind: "organisation.ownershipTransferred", link: `/professional/werkgevers/${org.id}` },
    ]);
    // the old owner may no longer transfer or edit
    await expect(transferOrganisationOwnership({ actor: actorOf(owner), input: { organisationId: org.id, toUserId: owner.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses non-owners and every other role, and changes nothing", async () => {
    const owner = await createAccountManager();
    const target = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id });
    const refusals: [U, string][] = [
      [await createUser({ role: "ACCOUNT_MANAGER" }), "NOT_FOUND"],
      [await createUser({ role: "JOB_MEDIATOR" }), "FORBIDDEN"],
      [await createEmployerUser({ organisationId: org.id }), "FORBIDDEN"],
      [await createUser({ role: "JOBSEEKER" }), "FORBIDDEN"],
    ];
    for (const [user, code] of refusals) {
      await expect(transferOrganisationOwnership({ actor: actorOf(user), input: { organisationId: org.id, toUserId: target.id } })).rejects.toMatchObject({ code });
    }
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: org.id } })).ownerId).toBe(owner.id);
    expect(await prisma.ownershipTransfer.count({ where: { organisationId: org.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: target.id } })).toBe(0);
  });

  it("only transfers to another active accountmanager", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id });
    const mediator = await createUser({ role: "JOB_MEDIATOR" });
    const disabled = await createUser({ role: "ACCOUNT_MANAGER", disabledAt: new Date() });
    for (const toUserId of [owner.id, mediator.id, disabled.id, "bestaat-niet"]) {
      await expect(transferOrganisationOwnership({ actor: actorOf(owner), input: { organisationId: org.id, toUserId } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await prisma.ownershipTransfer.count({ where: { organisationId: org.id } })).toBe(0);
  });

  it("lets two simultaneous transfers by the owner end with one owner and one log row", async () => {
    const owner = await createAccountManager();
    const [a, b] = [await createAccountManager(), await createAccountManager()];
    const org = await createOrganisation({ ownerId: owner.id });
    const results = await Promise.allSettled([a, b].map((to) => transferOrganisationOwnership({ actor: actorOf(owner), input: { organisationId: org.id, toUserId: to.id } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.ownershipTransfer.count({ where: { organisationId: org.id } })).toBe(1);
  });
});
