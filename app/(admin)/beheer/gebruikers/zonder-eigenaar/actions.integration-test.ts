import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createCandidate, createMediator } from "@/tests/factories/candidates";
import { createAccountManager, createOrganisation } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createAdmin } from "@/tests/factories/user-accounts";
import { createUser } from "@/tests/factories/users";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const actions = await import("./actions");

const REASON = "De vorige eigenaar is niet meer actief in deze rol.";

describe("reassigning work without an owner", () => {
  it("is refused for every role but ADMIN, even the records' own owners", async () => {
    const am = await createAccountManager();
    const bm = await createMediator();
    const organisation = await createOrganisation({ ownerId: am.id });
    const candidate = await createCandidate({ ownerId: bm.id });
    const otherAm = await createAccountManager();
    const otherBm = await createMediator();
    for (const actor of [actorFor(am), actorFor(bm), ...(await Promise.all((["EMPLOYER", "JOBSEEKER", "REGIONAL_STAFF"] as const).map(async (role) => actorFor(await createUser({ role })))))]) {
      session.actor = actor;
      expect(await actions.reassignEmployerAction({ organisationId: organisation.id, toUserId: otherAm.id, reason: REASON })).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
      expect(await actions.reassignCandidateAction({ candidateId: candidate.id, toUserId: otherBm.id, reason: REASON })).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    }
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).ownerId).toBe(am.id);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(bm.id);
  });

  it("lets ADMIN hand them to an active colleague of the right role only", async () => {
    const { actor } = await createAdmin();
    session.actor = actor;
    const am = await createAccountManager();
    const bm = await createMediator();
    const organisation = await createOrganisation({ ownerId: am.id });
    const candidate = await createCandidate({ ownerId: bm.id });
    await prisma.user.updateMany({ where: { id: { in: [am.id, bm.id] } }, data: { disabledAt: new Date() } });
    const blockedAm = await createUser({ role: "ACCOUNT_MANAGER", disabledAt: new Date() });

    const wrong = await actions.reassignEmployerAction({ organisationId: organisation.id, toUserId: blockedAm.id, reason: REASON });
    expect(wrong?.validationErrors?.fieldErrors?.toUserId?.[0]).toMatch(/actieve accountmanager/);
    const noReason = await actions.reassignCandidateAction({ candidateId: candidate.id, toUserId: bm.id, reason: "" });
    expect(noReason?.validationErrors?.fieldErrors?.reason?.[0]).toMatch(/minimaal 10 tekens/);

    const newAm = await createAccountManager();
    const newBm = await createMediator();
    expect((await actions.reassignEmployerAction({ organisationId: organisation.id, toUserId: newAm.id, reason: REASON }))?.data).toEqual({ id: organisation.id });
    expect((await actions.reassignCandidateAction({ candidateId: candidate.id, toUserId: newBm.id, reason: REASON }))?.data).toEqual({ id: candidate.id });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).ownerId).toBe(newAm.id);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(newBm.id);
  });
});
