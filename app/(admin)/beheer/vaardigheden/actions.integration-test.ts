import { afterAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { resetMatchIndexes } from "@/lib/matching/match-index-store";
import { actorFor } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";
import { ensureVacancyReferenceData } from "@/tests/factories/vacancies";

// The server actions end to end (session → role check → zod → domain function); the domain rules are tested in
// lib/skills/skills.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createSkillAction, renameSkillAction, setSkillRetiredAction } = await import("./actions");

afterAll(resetMatchIndexes);

const OTHER_ROLES = ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const;
const fresh = (prefix: string) => `${prefix} ${uniqueSuffix().replace(/[^A-Za-z0-9]/g, "").slice(-8)}`;

describe("skill actions", () => {
  it("refuse every role but ADMIN, and a visitor without a login, and change nothing", async () => {
    await ensureVacancyReferenceData();
    const before = await prisma.skill.findUniqueOrThrow({ where: { code: "lassen" } });
    const skills = await prisma.skill.count();
    const calls = [
      () => createSkillAction({ label: fresh("Verboden"), kind: "basis" }),
      () => renameSkillAction({ code: "lassen", label: "Solderen" }),
      () => setSkillRetiredAction({ code: "lassen", retired: true }),
    ];
    for (const role of OTHER_ROLES) {
      session.actor = actorFor(await createUser({ role }));
      for (const call of calls) expect(await call(), role).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    }
    session.actor = null;
    for (const call of calls) expect((await call())?.serverError).toMatch(/niet ingelogd/);
    expect(await prisma.skill.findUniqueOrThrow({ where: { code: "lassen" } })).toEqual(before);
    expect(await prisma.skill.count()).toBe(skills);
  });

  it("let ADMIN add, rename, retire and restore; a label clash comes back in Dutch at the field", async () => {
    await ensureVacancyReferenceData();
    session.actor = actorFor(await createUser({ role: "ADMIN" }));
    const label = fresh("Schilderen");
    const created = await createSkillAction({ label, kind: "vak", occupationClassCode: "TEC" });
    const code = created?.data?.code as string;
    expect(code).toMatch(/^schilderen-/);
    expect((await createSkillAction({ label, kind: "vak", occupationClassCode: "TEC" }))?.validationErrors?.fieldErrors.label?.[0]).toBe(
      "Er is al een vaardigheid van deze soort met deze naam. Kies een andere naam.",
    );
    // A certificate without an occupation class, as the form sends it (empty select and code).
    const certificate = await createSkillAction({ label: fresh("Dronevliegen"), kind: "certificaat", occupationClassCode: "", code: "" });
    expect(certificate?.data?.code).toMatch(/^dronevliegen-/);
    expect((await createSkillAction({ label: fresh("Metselen"), kind: "vak" }))?.validationErrors?.fieldErrors.occupationClassCode?.[0]).toBe(
      "Kies de beroepsklasse van deze vakvaardigheid.",
    );
    const renamed = fresh("Samenwerken");
    await prisma.skill.create({ data: { code: `basis-${code}`, label: renamed, kind: "basis" } });
    expect((await renameSkillAction({ code, label: renamed }))?.data).toEqual({ code }); // the same label of another kind: no clash
    expect((await renameSkillAction({ code: "persoonlijke-verzorging", label: renamed.toLowerCase() }))?.validationErrors?.fieldErrors.label?.[0]).toMatch(/al een vaardigheid/);
    expect(await setSkillRetiredAction({ code, retired: true })).toEqual({ data: { code, retired: true } });
    expect(await setSkillRetiredAction({ code, retired: false })).toEqual({ data: { code, retired: false } });
    expect((await setSkillRetiredAction({ code: "bestaat-niet", retired: true }))?.serverError).toBeTruthy();
  });
});
