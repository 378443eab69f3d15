import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { actorFor } from "@/tests/factories/questions";
import { createAdmin, newAccountInput } from "@/tests/factories/user-accounts";
import { createUser } from "@/tests/factories/users";
import { EMAIL_TAKEN_MESSAGE, OWN_ACCOUNT_DISABLE_MESSAGE, OWN_ROLE_MESSAGE } from "@/lib/users/messages";

// The server actions end to end (session → role check → zod → domain function); the rules themselves are
// tested in lib/users/*.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const actions = await import("./actions");

const REFUSED = { serverError: "U heeft geen toegang tot deze gegevens." };
const details = (userId: string) => ({ userId, role: "JOB_MEDIATOR" as const, partnerOrganisationId: "", workAreaIds: [], focusAreas: [], phone: "" });

describe("/beheer/gebruikers actions", () => {
  it("refuse every role but ADMIN on every action, and a visitor who is not signed in, changing nothing", async () => {
    const target = await createUser({ role: "JOB_MEDIATOR", phone: "035 111 11 11" });
    const usersBefore = await prisma.user.count();
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      session.actor = actorFor(await createUser({ role }));
      expect(await actions.createProfessionalAccountAction(newAccountInput() as never)).toEqual(REFUSED);
      expect(await actions.updateProfessionalAccountAction({ ...details(target.id), phone: "06 12345678" })).toEqual(REFUSED);
      expect(await actions.setUserDisabledAction({ userId: target.id, disabled: true })).toEqual(REFUSED);
      expect(await actions.resendInvitationAction({ userId: target.id, submissionKey: crypto.randomUUID() })).toEqual(REFUSED);
      expect(await actions.revokeInvitationAction({ userId: target.id })).toEqual(REFUSED);
    }
    session.actor = null;
    expect(await actions.setUserDisabledAction({ userId: target.id, disabled: true })).toEqual({ serverError: "U bent niet ingelogd. Log in en probeer het opnieuw." });
    expect(await prisma.user.count()).toBe(usersBefore + 5);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ disabledAt: null, phone: "035 111 11 11" });
  });

  it("answer an ADMIN's mistakes in Dutch next to the field or as one sentence", async () => {
    const admin = await createAdmin();
    await createAdmin();
    session.actor = admin.actor;
    const bad = await actions.createProfessionalAccountAction(newAccountInput({ email: "geen-adres", role: "JOBSEEKER", phone: "bel me" }) as never);
    expect(bad?.validationErrors?.fieldErrors?.email?.[0]).toMatch(/geldig e-mailadres/);
    expect(bad?.validationErrors?.fieldErrors?.role?.[0]).toBe("Kies een rol uit de lijst.");
    expect(bad?.validationErrors?.fieldErrors?.phone?.[0]).toMatch(/telefoonnummer/);

    const input = newAccountInput();
    const created = await actions.createProfessionalAccountAction(input as never);
    expect(created).toMatchObject({ data: { created: true } });
    const taken = await actions.createProfessionalAccountAction(newAccountInput({ email: input.email }) as never);
    expect(taken?.validationErrors?.fieldErrors?.email).toEqual([EMAIL_TAKEN_MESSAGE]);

    const own = await actions.updateProfessionalAccountAction(details(admin.user.id));
    expect(own?.validationErrors?.fieldErrors?.role).toEqual([OWN_ROLE_MESSAGE]);
    expect(await actions.setUserDisabledAction({ userId: admin.user.id, disabled: true })).toEqual({ serverError: OWN_ACCOUNT_DISABLE_MESSAGE });
    expect(await actions.setUserDisabledAction({ userId: "../x", disabled: true })).toMatchObject({ serverError: REFUSED.serverError });
  });
});
