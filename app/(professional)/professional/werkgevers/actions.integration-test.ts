import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createAccountManager, createOrganisation, ensureRegion, organisationMasterData } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";

// The server actions end to end (session → role check → zod → domain function); the register's rules are tested in
// lib/organisations/employer-register.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const actions = await import("./actions");

beforeAll(async () => {
  await ensureRegion();
});

describe("employer register actions", () => {
  it("answer Dutch field errors for bad master data and store nothing", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id, legalName: "Blijft B.V." });
    session.actor = actorFor(owner);
    const bad = await actions.updateOrganisationMasterDataAction({ ...organisationMasterData(org.id), legalName: "<b>x</b>", size: -2 } as never);
    expect(bad?.validationErrors?.fieldErrors?.legalName?.[0]).toMatch(/HTML/);
    expect(bad?.validationErrors?.fieldErrors?.size?.[0]).toMatch(/negatief/);
    const unknown = await actions.updateOrganisationMasterDataAction({ ...organisationMasterData(org.id), municipalityCode: "GM9999" } as never);
    expect(unknown?.validationErrors?.fieldErrors?.municipalityCode?.[0]).toMatch(/gemeente/);
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: org.id } })).legalName).toBe("Blijft B.V.");
  });

  it("refuse a jobseeker with the same sentence as 'not found'", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id });
    session.actor = actorFor(await createUser({ role: "JOBSEEKER" }));
    expect(await actions.transferOwnershipAction({ organisationId: org.id, toUserId: owner.id })).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    expect(await actions.updateOrganisationMasterDataAction(organisationMasterData(org.id) as never)).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    expect(await actions.logContactMomentAction({ organisationId: org.id, contactDate: "2026-01-01", channel: "PHONE", topic: "x", summary: "y" })).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
  });
});
