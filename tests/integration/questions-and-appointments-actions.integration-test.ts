import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createSlot, futureDate } from "@/tests/factories/slots";
import { createUser } from "@/tests/factories/users";
import { END_BEFORE_START_MESSAGE, SLOT_TAKEN_MESSAGE } from "@/lib/appointments/schemas";

// The server actions of both portals end to end (session → role check → zod → domain function), as the forms call them.
// They span two route groups (employer asks and books, professional answers and publishes), so they live here, not in app/.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { askQuestionAction } = await import("@/app/(employer)/werkgever/vragen/actions");
const { bookAppointmentAction } = await import("@/app/(employer)/werkgever/afspraken/actions");
const { answerQuestionAction } = await import("@/app/(professional)/professional/inbox/actions");
const { publishSlotAction } = await import("@/app/(professional)/professional/afspraken/actions");

describe("server actions", () => {
  it("return Dutch field errors for bad input and store nothing", async () => {
    const { employerActor, ownerActor } = await createEmployerWithOwner();
    session.actor = employerActor;
    const asked = await askQuestionAction({ topic: "ONBEKEND" as never, text: "<b>hallo</b>", submissionKey: randomUUID() });
    expect(asked?.validationErrors?.fieldErrors).toMatchObject({ topic: ["Kies een onderwerp uit de lijst."], text: ["Gebruik geen HTML-tekens zoals < en >."] });
    expect(await prisma.question.count()).toBe(0);

    session.actor = ownerActor;
    const published = await publishSlotAction({ date: futureDate(3), startTime: "11:00", endTime: "10:00", location: "Kantoor" });
    expect(published?.validationErrors?.fieldErrors.endTime).toEqual([END_BEFORE_START_MESSAGE]);
    expect(await prisma.appointmentSlot.count()).toBe(0);
  });

  it("refuse other roles with one Dutch sentence", async () => {
    for (const role of ["JOBSEEKER", "JOB_MEDIATOR"] as const) {
      session.actor = actorFor(await createUser({ role }));
      const input = { topic: "FIND_STAFF" as const, text: "Een vraag van tien tekens", submissionKey: randomUUID() };
      expect(await askQuestionAction(input)).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
      expect(await answerQuestionAction({ questionId: "x", answer: "Antwoord" })).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
      expect((await publishSlotAction({ date: futureDate(3), startTime: "10:00", endTime: "11:00", location: "Kantoor" }))?.serverError).toBe(
        "U heeft geen toegang tot deze gegevens.",
      );
    }
    session.actor = null;
    expect((await bookAppointmentAction({ slotId: "x", subject: "Hallo" }))?.serverError).toMatch(/niet ingelogd/);
  });

  it("tell the loser of a booking race in Dutch", async () => {
    const a = await createEmployerWithOwner();
    const b = await createEmployerWithOwner({ ownerId: a.owner.id });
    const slot = await createSlot(a.owner.id);
    session.actor = a.employerActor;
    expect((await bookAppointmentAction({ slotId: slot.id, subject: "Kennismaking" }))?.data?.id).toBeTruthy();
    session.actor = b.employerActor;
    expect(await bookAppointmentAction({ slotId: slot.id, subject: "Kennismaking" })).toEqual({ serverError: SLOT_TAKEN_MESSAGE });
  });
});
