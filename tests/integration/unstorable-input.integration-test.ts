import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";

// Findings of the server-action fuzz test (issue 15): a NUL byte or a lone UTF-16 surrogate in any string of an
// action's input reached PostgreSQL (or Prisma's serialiser) and came back as the generic error, the 500 of an action.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { markNotificationReadAction } = await import("@/app/(jobseeker)/werkzoekende/meldingen/actions");
const { renameSkillAction } = await import("@/app/(admin)/beheer/vaardigheden/actions");
const { askQuestionAction } = await import("@/app/(employer)/werkgever/vragen/actions");

const MESSAGE = "De tekst bevat tekens die niet zijn toegestaan. Typ de tekst opnieuw.";
const refusedIn = (field: string) => ({ validationErrors: { formErrors: [], fieldErrors: { [field]: [MESSAGE] } } });

describe("input that cannot be stored", () => {
  it("is refused in Dutch next to the field, not answered with the generic error: NUL bytes and lone surrogates in ids and text", async () => {
    session.actor = actorFor(await createUser({ role: "JOBSEEKER" }));
    expect(await markNotificationReadAction({ notificationId: "a\u0000b" })).toEqual(refusedIn("notificationId"));
    expect(await markNotificationReadAction({ notificationId: "\ud800" })).toEqual(refusedIn("notificationId"));

    session.actor = actorFor(await createUser({ role: "ADMIN" }));
    expect(await renameSkillAction({ code: "\udc00x", label: "Medewerker magazijn" })).toEqual(refusedIn("code"));

    const { employerActor } = await createEmployerWithOwner();
    session.actor = employerActor;
    const text = "Een vraag van meer dan tien tekens\u0000";
    expect(await askQuestionAction({ topic: "FIND_STAFF", text, submissionKey: randomUUID() })).toEqual(refusedIn("text"));
    expect(await prisma.question.count()).toBe(0);
  });

  it("still accepts ordinary text with emoji, accents and line breaks", async () => {
    const { employerActor } = await createEmployerWithOwner();
    session.actor = employerActor;
    const text = "Wij zoeken 👩🏽‍💻 collega's\r\nin Hilversum — Zoë's team";
    const asked = await askQuestionAction({ topic: "FIND_STAFF", text, submissionKey: randomUUID() });
    expect(asked?.data).toBeTruthy();
  });
});
