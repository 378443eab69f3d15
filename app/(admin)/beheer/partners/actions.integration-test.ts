import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { ensurePartner } from "@/tests/factories/candidates";
import { ensurePartnerTeam } from "@/tests/factories/help-requests";
import { actorFor } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";

// The server actions end to end (session → role check → zod → domain function); the domain rules are tested in
// lib/partners/partners.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createPartnerAction, createPartnerTeamAction, renamePartnerTeamAction, setPartnerActiveAction, updatePartnerAction } = await import("./actions");

const OTHER_ROLES = ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const;
const freshCode = () => `A${uniqueSuffix().replace(/[^A-Za-z0-9]/g, "").slice(-10).toUpperCase()}`;

describe("partner actions", () => {
  it("refuse every role but ADMIN, and a visitor without a login, and change nothing", async () => {
    const partner = await ensurePartner("RMT");
    const team = await ensurePartnerTeam(partner.id, `Actieteam ${uniqueSuffix()}`);
    const before = await prisma.partnerOrganisation.findUniqueOrThrow({ where: { id: partner.id } });
    const partners = await prisma.partnerOrganisation.count();
    const calls = [
      () => createPartnerAction({ code: freshCode(), name: "Nieuwe partner", kind: "public" }),
      () => updatePartnerAction({ id: partner.id, name: "Gewijzigd", kind: "public" }),
      () => setPartnerActiveAction({ id: partner.id, active: false }),
      () => createPartnerTeamAction({ partnerOrganisationId: partner.id, name: "Nieuw team" }),
      () => renamePartnerTeamAction({ teamId: team.id, name: "Hernoemd" }),
    ];
    for (const role of OTHER_ROLES) {
      session.actor = actorFor(await createUser({ role }));
      for (const call of calls) expect(await call(), role).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    }
    session.actor = null;
    for (const call of calls) expect((await call())?.serverError).toMatch(/niet ingelogd/);
    expect(await prisma.partnerOrganisation.findUniqueOrThrow({ where: { id: partner.id } })).toEqual(before);
    expect(await prisma.partnerOrganisation.count()).toBe(partners);
    expect((await prisma.partnerTeam.findUniqueOrThrow({ where: { id: team.id } })).name).toBe(team.name);
  });

  it("let ADMIN add, edit, add a team, rename it, and deactivate; errors come back in Dutch at the field or as one sentence", async () => {
    session.actor = actorFor(await createUser({ role: "ADMIN" }));
    const code = freshCode();
    const created = await createPartnerAction({ code, name: "Stichting Proef", kind: "network", note: "" });
    const id = created?.data?.id as string;
    expect(id).toBeTruthy();
    expect((await createPartnerAction({ code, name: "Nog een", kind: "network" }))?.validationErrors?.fieldErrors.code?.[0]).toMatch(/al een partnerorganisatie met deze code/);
    const bad = (await createPartnerAction({ code: "?", name: "", kind: "" as "public" }))?.validationErrors?.fieldErrors;
    expect([bad?.code?.[0], bad?.name?.[0], bad?.kind?.[0]]).toEqual([expect.stringMatching(/^De code bestaat uit/), "Vul de naam van de organisatie in.", "Kies de soort organisatie."]);
    expect(await updatePartnerAction({ id, name: "Stichting Proef Gooi", kind: "network" })).toEqual({ data: { id } });

    const team = await createPartnerTeamAction({ partnerOrganisationId: id, name: "Team Proef" });
    const teamId = team?.data?.id as string;
    expect((await createPartnerTeamAction({ partnerOrganisationId: id, name: "Team Proef" }))?.validationErrors?.fieldErrors.name?.[0]).toBe("Deze organisatie heeft al een team met deze naam.");
    expect(await renamePartnerTeamAction({ teamId, name: "Team Proef Noord" })).toEqual({ data: { id: teamId, routingRules: 0, openRequests: 0 } });

    expect(await setPartnerActiveAction({ id, active: false })).toEqual({ data: { id, active: false } });
    const uwv = await ensurePartner("UWV");
    await createUser({ role: "JOB_MEDIATOR", partnerOrganisationId: uwv.id });
    expect((await setPartnerActiveAction({ id: uwv.id, active: false }))?.serverError).toMatch(/^Deze partnerorganisatie kan niet worden gedeactiveerd\. Nog in gebruik door: .*actieve gebruiker/);
  });
});
