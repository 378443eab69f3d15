import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { CONTROL_CHARACTER_MESSAGE } from "@/lib/forms/url-input";
import { createEmployerWithOwner } from "@/tests/factories/questions";
import { createSlot } from "@/tests/factories/slots";

// Issue 15, finding 10 for forms: a NUL (PostgreSQL refuses it) or another control character in a form field is a
// Dutch message, never a 500 or the generic sentence, and nothing is written.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { askQuestionAction } = await import("@/app/(employer)/werkgever/vragen/actions");
const { bookAppointmentAction } = await import("@/app/(employer)/werkgever/afspraken/actions");

describe("control characters in form fields", () => {
  it("a free-text field with a NUL or an escape gets the Dutch message next to the field; nothing is stored", async () => {
    const { employerActor } = await createEmployerWithOwner();
    session.actor = employerActor;
    for (const text of ["Een vraag met een NUL\u0000 erin", "Een vraag met escape \u001b[31m"]) {
      const asked = await askQuestionAction({ topic: "FIND_STAFF", text, submissionKey: randomUUID() });
      expect(asked?.validationErrors?.fieldErrors.text).toEqual([CONTROL_CHARACTER_MESSAGE]);
    }
    expect(await prisma.question.count({ where: { organisationId: employerActor.organisationId ?? undefined } })).toBe(0);
  });

  it("a NUL in a field without a text rule of its own (an id) is refused next to that field before any query", async () => {
    const a = await createEmployerWithOwner();
    const slot = await createSlot(a.owner.id);
    session.actor = a.employerActor;
    const booked = await bookAppointmentAction({ slotId: `${slot.id}\u0000`, subject: "Kennismaking" });
    expect(booked?.data).toBeUndefined();
    expect(booked?.validationErrors?.fieldErrors.slotId).toEqual([CONTROL_CHARACTER_MESSAGE]);
    expect(await prisma.appointment.count({ where: { slotId: slot.id } })).toBe(0);
  });
});
