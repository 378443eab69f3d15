import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { isoToDbDate, todayIso } from "@/lib/time/calendar-dates";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";

// The server actions end to end (session → role check → zod → domain function); the domain rules are tested in
// lib/instruments/instrument-admin.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { markInstrumentCheckedAction, updateInstrumentAction } = await import("./actions");

const CODE = "JOBCOACH";
await prisma.instrument.create({
  data: { code: CODE, name: "Jobcoaching", kind: "werkvoorziening", providers: ["UWV"], executedBy: "bemiddelaar", summary: "Begeleiding.", forWhom: "Werknemers", checkedOn: isoToDbDate("2025-01-01") },
});
const valid = { code: CODE, summary: "Begeleiding op de werkvloer.", forWhom: "Werknemers", conditions: "Met indicatie.", amounts: "", typicalDuration: "", links: "", checkedOn: "2026-01-02" };
const OTHER_ROLES = ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "EMPLOYER", "JOBSEEKER"] as const;

describe("the instrument actions", () => {
  it("refuse every role but ADMIN, and without a login, and change nothing", async () => {
    for (const role of OTHER_ROLES) {
      session.actor = actorFor(await createUser({ role }));
      expect(await updateInstrumentAction(valid), role).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
      expect(await markInstrumentCheckedAction({ code: CODE }), role).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    }
    session.actor = null;
    expect((await updateInstrumentAction(valid)).serverError).toMatch(/niet ingelogd/);
    expect((await markInstrumentCheckedAction({ code: CODE })).serverError).toMatch(/niet ingelogd/);
    expect(await prisma.instrument.findUniqueOrThrow({ where: { code: CODE } })).toMatchObject({ conditions: null, checkedOn: isoToDbDate("2025-01-01") });
  });

  it("save for ADMIN, with Dutch field errors for bad links and a future date", async () => {
    session.actor = actorFor(await createUser({ role: "ADMIN" }));
    expect(await updateInstrumentAction(valid)).toEqual({ data: { code: CODE } });
    const bad = await updateInstrumentAction({ ...valid, links: "Info | http://www.uwv.nl" });
    expect(bad.validationErrors?.fieldErrors.links?.[0]).toMatch(/^Link 1: .*https:\/\//);
    const future = await updateInstrumentAction({ ...valid, checkedOn: "2099-01-01" });
    expect(future.validationErrors?.fieldErrors.checkedOn?.[0]).toBe("De controledatum mag niet in de toekomst liggen.");
    expect(await markInstrumentCheckedAction({ code: CODE })).toEqual({ data: { code: CODE } });
    expect((await prisma.instrument.findUniqueOrThrow({ where: { code: CODE } })).checkedOn.toISOString().slice(0, 10)).toBe(todayIso());
    expect((await markInstrumentCheckedAction({ code: "ONBEKEND" })).serverError).toBe("U heeft geen toegang tot deze gegevens.");
  });
});
