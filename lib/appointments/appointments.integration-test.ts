import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createSlot, futureDate } from "@/tests/factories/slots";
import { createUser } from "@/tests/factories/users";
import { bookAppointment } from "./book-appointment";
import { cancelAppointment } from "./cancel-appointment";
import { findBookableSlots } from "./find-bookable-slots";
import { findEmployerAppointments } from "./find-employer-appointments";
import { findMySlots } from "./find-my-slots";
import { publishSlot } from "./publish-slot";
import { END_BEFORE_START_MESSAGE, OVERLAP_MESSAGE, SLOT_TAKEN_MESSAGE } from "./schemas";
import { withdrawSlot } from "./withdraw-slot";

const slotInput = (overrides: Record<string, unknown> = {}) => ({
  date: futureDate(7),
  startTime: "10:00",
  endTime: "10:30",
  location: "Werkcentrum Hilversum",
  ...overrides,
});

describe("publishing slots", () => {
  it("publishes a free slot and refuses end before start, the past, overlap and HTML", async () => {
    const am = actorFor(await createUser({ role: "ACCOUNT_MANAGER" }));
    const { id } = await publishSlot({ actor: am, input: slotInput() });
    expect(await prisma.appointmentSlot.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FREE", accountManagerId: am.userId });

    await expect(publishSlot({ actor: am, input: slotInput({ startTime: "11:00", endTime: "10:00" }) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      userMessage: END_BEFORE_START_MESSAGE,
    });
    await expect(publishSlot({ actor: am, input: slotInput({ date: futureDate(-2) }) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(publishSlot({ actor: am, input: slotInput({ location: "<img src=x>" }) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(publishSlot({ actor: am, input: slotInput({ startTime: "10:15", endTime: "11:00" }) })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: OVERLAP_MESSAGE,
    });
    expect(await prisma.appointmentSlot.count({ where: { accountManagerId: am.userId } })).toBe(1);

    // right after the first slot is fine; a withdrawn slot can be published again
    await publishSlot({ actor: am, input: slotInput({ startTime: "10:30", endTime: "11:00" }) });
    await withdrawSlot({ actor: am, input: { slotId: id } });
    expect((await publishSlot({ actor: am, input: slotInput() })).id).toBe(id);
  });

  it("is only for accountmanagers, in their own calendar", async () => {
    for (const role of ["EMPLOYER", "JOB_MEDIATOR", "JOBSEEKER"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(publishSlot({ actor, input: slotInput() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const owner = await createUser({ role: "ACCOUNT_MANAGER" });
    const slot = await createSlot(owner.id);
    const other = actorFor(await createUser({ role: "ACCOUNT_MANAGER" }));
    await expect(withdrawSlot({ actor: other, input: { slotId: slot.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.appointmentSlot.findUniqueOrThrow({ where: { id: slot.id } })).status).toBe("FREE");
  });
});

describe("booking and cancelling", () => {
  it("books a free slot of the own accountmanager; both sides see it; cancelling frees the slot", async () => {
    const { owner, employer, organisation, ownerActor, employerActor } = await createEmployerWithOwner();
    const slot = await createSlot(owner.id);
    expect((await findBookableSlots(employerActor)).map((s) => s.id)).toEqual([slot.id]);

    const booked = await bookAppointment({ actor: employerActor, input: { slotId: slot.id, subject: "Kennismaking" } });
    expect((await prisma.appointmentSlot.findUniqueOrThrow({ where: { id: slot.id } })).status).toBe("BOOKED");
    expect(await findBookableSlots(employerActor)).toEqual([]);
    expect(await findEmployerAppointments(employerActor)).toMatchObject([{ id: booked.id, subject: "Kennismaking", accountManager: owner.name }]);
    expect(await findMySlots(ownerActor)).toMatchObject([
      { id: slot.id, status: "BOOKED", appointment: { id: booked.id, organisationId: organisation.id, subject: "Kennismaking" } },
    ]);
    expect(await prisma.notification.findMany({ where: { userId: owner.id } })).toMatchObject([{ kind: "appointment.booked" }]);
    // a double click gives the same appointment
    expect(await bookAppointment({ actor: employerActor, input: { slotId: slot.id, subject: "Kennismaking" } })).toEqual(booked);

    await cancelAppointment({ actor: employerActor, input: { appointmentId: booked.id } });
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: booked.id } })).cancelledAt).not.toBeNull();
    expect((await prisma.appointmentSlot.findUniqueOrThrow({ where: { id: slot.id } })).status).toBe("FREE");
    expect(await prisma.notification.count({ where: { userId: owner.id, kind: "appointment.cancelled" } })).toBe(1);
    expect(await findEmployerAppointments(employerActor)).toEqual([]);

    // the accountmanager cancels a new booking; the employer hears about it
    const again = await bookAppointment({ actor: employerActor, input: { slotId: slot.id, subject: "Tweede poging" } });
    await cancelAppointment({ actor: ownerActor, input: { appointmentId: again.id } });
    expect(await prisma.notification.count({ where: { userId: employer.id, kind: "appointment.cancelled" } })).toBe(1);
    expect((await prisma.appointmentSlot.findUniqueOrThrow({ where: { id: slot.id } })).status).toBe("FREE");
  });

  it("lets exactly one of two simultaneous bookings win", async () => {
    const a = await createEmployerWithOwner();
    const b = await createEmployerWithOwner({ ownerId: a.owner.id });
    const slot = await createSlot(a.owner.id);
    const results = await Promise.allSettled([
      bookAppointment({ actor: a.employerActor, input: { slotId: slot.id, subject: "Van A" } }),
      bookAppointment({ actor: b.employerActor, input: { slotId: slot.id, subject: "Van B" } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "CONFLICT", userMessage: SLOT_TAKEN_MESSAGE });
    expect(await prisma.appointment.count({ where: { slotId: slot.id } })).toBe(1);
  });

  it("refuses another accountmanager's slot, past and withdrawn slots as not found", async () => {
    const { employerActor } = await createEmployerWithOwner();
    const stranger = await createUser({ role: "ACCOUNT_MANAGER" });
    const foreign = await createSlot(stranger.id);
    await expect(bookAppointment({ actor: employerActor, input: { slotId: foreign.id, subject: "Hallo" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const own = await createEmployerWithOwner();
    const past = await createSlot(own.owner.id, { startsAt: new Date(Date.now() - 3_600_000) });
    const withdrawn = await createSlot(own.owner.id, { status: "WITHDRAWN" });
    for (const slotId of [past.id, withdrawn.id]) {
      await expect(bookAppointment({ actor: own.employerActor, input: { slotId, subject: "Hallo" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await prisma.appointment.count({ where: { slotId: { in: [foreign.id, past.id, withdrawn.id] } } })).toBe(0);
  });

  it("refuses bad input and other roles; only the own organisation or the slot's AM can cancel", async () => {
    const a = await createEmployerWithOwner();
    const slot = await createSlot(a.owner.id);
    await expect(bookAppointment({ actor: a.employerActor, input: { slotId: slot.id, subject: "<script>x</script>" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    for (const role of ["JOB_MEDIATOR", "JOBSEEKER", "ACCOUNT_MANAGER"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(bookAppointment({ actor, input: { slotId: slot.id, subject: "Hallo" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const booked = await bookAppointment({ actor: a.employerActor, input: { slotId: slot.id, subject: "Hallo" } });
    const b = await createEmployerWithOwner();
    for (const actor of [b.employerActor, b.ownerActor]) {
      await expect(cancelAppointment({ actor, input: { appointmentId: booked.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const role of ["JOB_MEDIATOR", "JOBSEEKER"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(cancelAppointment({ actor, input: { appointmentId: booked.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await findEmployerAppointments(b.employerActor)).toEqual([]);
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: booked.id } })).cancelledAt).toBeNull();
    await expect(withdrawSlot({ actor: a.ownerActor, input: { slotId: slot.id } })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
