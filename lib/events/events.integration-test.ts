import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createEventSchema, FULL_MESSAGE, updateEventSchema } from "@/lib/events/schemas";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { createJobseeker } from "@/tests/factories/candidates";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { futureDate } from "@/tests/factories/slots";
import { createUser } from "@/tests/factories/users";
import { cancelEvent } from "./cancel-event";
import { cancelRegistration } from "./cancel-registration";
import { createEvent } from "./create-event";
import { findMyRegistrations } from "./find-my-registrations";
import { findPublicEvents } from "./find-public-events";
import { getEvent } from "./get-event";
import { getOrganisedEvent } from "./get-organised-event";
import { recordAttendance } from "./record-attendance";
import { registerForEvent } from "./register-for-event";
import { EventFieldError, updateEvent } from "./update-event";

const eventInput = (overrides: Record<string, unknown> = {}) => ({
  title: "Banenmarkt Hilversum",
  kind: "JOB_FAIR",
  theme: "",
  description: "Werkgevers en werkzoekenden ontmoeten elkaar.",
  date: futureDate(10),
  startTime: "13:00",
  endTime: "17:00",
  location: "Gooiland, Hilversum",
  capacity: "2",
  audience: "BOTH",
  ...overrides,
});

async function organiser() {
  return actorFor(await createUser({ role: "ACCOUNT_MANAGER", name: "Olga Organisator" }));
}

async function employers(count: number) {
  const result = [];
  for (let i = 0; i < count; i += 1) result.push((await createEmployerWithOwner()).employerActor);
  return result;
}

describe("creating events", () => {
  it("creates an event in Amsterdam time and refuses bad input with Dutch messages, storing nothing", async () => {
    const am = await organiser();
    const { id } = await createEvent({ actor: am, input: eventInput() });
    const event = await prisma.event.findUniqueOrThrow({ where: { id } });
    expect(event).toMatchObject({ organiserId: am.userId, capacity: 2, audience: "BOTH", theme: null });
    expect(event.endsAt.getTime() - event.startsAt.getTime()).toBe(4 * 3_600_000);

    const bad = eventInput({ title: "", capacity: "0", endTime: "12:00", kind: "PARTY", date: "2020-01-01" });
    const result = createEventSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const fields = result.error?.flatten().fieldErrors ?? {};
    expect(fields.title?.[0]).toBe("Vul een titel in.");
    expect(fields.capacity?.[0]).toBe("Er moet minimaal 1 plaats zijn.");
    expect(fields.kind?.[0]).toBe("Kies een soort evenement uit de lijst.");
    expect(createEventSchema.safeParse(eventInput({ capacity: "1001" })).error?.flatten().fieldErrors.capacity?.[0]).toBe(
      "Er kunnen maximaal 1000 plaatsen zijn.",
    );
    expect(createEventSchema.safeParse(eventInput({ endTime: "12:00" })).error?.flatten().fieldErrors.endTime?.[0]).toBe(
      "De eindtijd moet na de begintijd liggen.",
    );
    await expect(createEvent({ actor: am, input: bad })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.event.count({ where: { organiserId: am.userId } })).toBe(1);
  });

  it("refuses employers, residents, bemiddelaars and staff", async () => {
    const [employer] = await employers(1);
    const { user } = await createJobseeker();
    for (const actor of [
      employer!,
      actorFor(user),
      actorFor(await createUser({ role: "JOB_MEDIATOR" })),
      actorFor(await createUser({ role: "REGIONAL_STAFF" })),
    ]) {
      await expect(createEvent({ actor, input: eventInput() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.event.count()).toBe(1);
  });

  it("lets only the organiser cancel; a cancelled event leaves the public list", async () => {
    const am = await organiser();
    const other = await organiser();
    const { id } = await createEvent({ actor: am, input: eventInput({ title: "Te annuleren" }) });
    expect((await findPublicEvents()).some((e) => e.id === id)).toBe(true);
    await expect(cancelEvent({ actor: other, input: { eventId: id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await cancelEvent({ actor: am, input: { eventId: id } });
    await cancelEvent({ actor: am, input: { eventId: id } });
    expect((await findPublicEvents()).some((e) => e.id === id)).toBe(false);
    const [employer] = await employers(1);
    await expect(registerForEvent({ actor: employer!, input: { eventId: id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("registering", () => {
  it("checks the audience against the role", async () => {
    const am = await organiser();
    const forEmployers = await createEvent({ actor: am, input: eventInput({ audience: "EMPLOYERS", capacity: "10" }) });
    const forResidents = await createEvent({ actor: am, input: eventInput({ audience: "RESIDENTS", capacity: "10" }) });
    const [employer] = await employers(1);
    const { user, candidate } = await createJobseeker();
    const resident = actorFor(user);

    await expect(registerForEvent({ actor: resident, input: { eventId: forEmployers.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(registerForEvent({ actor: employer!, input: { eventId: forResidents.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await registerForEvent({ actor: employer!, input: { eventId: forEmployers.id } });
    await registerForEvent({ actor: resident, input: { eventId: forResidents.id } });
    expect(await prisma.eventRegistration.findFirstOrThrow({ where: { eventId: forResidents.id } })).toMatchObject({ candidateId: candidate.id });
    expect(await prisma.eventRegistration.findFirstOrThrow({ where: { eventId: forEmployers.id } })).toMatchObject({ organisationId: employer!.organisationId });
    await expect(registerForEvent({ actor: am, input: { eventId: forEmployers.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("never overbooks: 5 concurrent sign-ups for 2 places give exactly 2 registrations", async () => {
    const am = await organiser();
    const { id } = await createEvent({ actor: am, input: eventInput({ capacity: "2" }) });
    const actors = await employers(5);
    const results = await Promise.allSettled(actors.map((actor) => registerForEvent({ actor, input: { eventId: id } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "CONFLICT", userMessage: FULL_MESSAGE });
    expect(await prisma.eventRegistration.count({ where: { eventId: id, cancelledAt: null } })).toBe(2);
    expect((await findPublicEvents()).some((e) => e.id === id)).toBe(false);
    expect((await getEvent(id))?.placesLeft).toBe(0);
  });

  it("a double click gives one registration", async () => {
    const am = await organiser();
    const { id } = await createEvent({ actor: am, input: eventInput({ capacity: "5" }) });
    const [employer] = await employers(1);
    const [a, b] = await Promise.all([registerForEvent({ actor: employer!, input: { eventId: id } }), registerForEvent({ actor: employer!, input: { eventId: id } })]);
    expect(a.id).toBe(b.id);
    expect(await prisma.eventRegistration.count({ where: { eventId: id } })).toBe(1);
  });

  it("cancelling frees the place and registering again reactivates the same row", async () => {
    const am = await organiser();
    const { id } = await createEvent({ actor: am, input: eventInput({ capacity: "1" }) });
    const [first, second] = await employers(2);
    const registration = await registerForEvent({ actor: first!, input: { eventId: id } });
    await expect(registerForEvent({ actor: second!, input: { eventId: id } })).rejects.toMatchObject({ code: "CONFLICT" });
    await cancelRegistration({ actor: first!, input: { eventId: id } });
    await cancelRegistration({ actor: first!, input: { eventId: id } });
    expect((await getEvent(id, first!))?.isRegistered).toBe(false);
    await registerForEvent({ actor: second!, input: { eventId: id } });
    await expect(registerForEvent({ actor: first!, input: { eventId: id } })).rejects.toMatchObject({ code: "CONFLICT" });
    await cancelRegistration({ actor: second!, input: { eventId: id } });
    const again = await registerForEvent({ actor: first!, input: { eventId: id } });
    expect(again.id).toBe(registration.id);
    expect(await prisma.eventRegistration.count({ where: { eventId: id } })).toBe(2);
    expect((await getEvent(id, first!))?.isRegistered).toBe(true);
    // someone else's registration cannot be cancelled: there is none of theirs
    const [third] = await employers(1);
    await expect(cancelRegistration({ actor: third!, input: { eventId: id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses registering for an event that has started", async () => {
    const am = await organiser();
    const { id } = await createEvent({ actor: am, input: eventInput() });
    const event = await prisma.event.findUniqueOrThrow({ where: { id } });
    const [employer] = await employers(1);
    const later = new Date(event.startsAt.getTime() + 60_000);
    await expect(registerForEvent({ actor: employer!, input: { eventId: id } }, { now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("attendance", () => {
  it("is recorded only by the organiser, only after the start, per registration", async () => {
    const am = await organiser();
    const other = await organiser();
    const { id } = await createEvent({ actor: am, input: eventInput({ capacity: "10" }) });
    const [a, b] = await employers(2);
    const { user } = await createJobseeker();
    const ra = await registerForEvent({ actor: a!, input: { eventId: id } });
    const rb = await registerForEvent({ actor: b!, input: { eventId: id } });
    const rc = await registerForEvent({ actor: actorFor(user), input: { eventId: id } });
    const event = await prisma.event.findUniqueOrThrow({ where: { id } });
    const after = new Date(event.startsAt.getTime() + 3_600_000);
    const input = { eventId: id, attendance: [{ registrationId: ra.id, attended: true }, { registrationId: rb.id, attended: false }] };

    await expect(recordAttendance({ actor: am, input })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(recordAttendance({ actor: other, input }, { now: after })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordAttendance({ actor: a!, input }, { now: after })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordAttendance({ actor: actorFor(user), input }, { now: after })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.eventRegistration.count({ where: { eventId: id, attended: { not: null } } })).toBe(0);

    expect(await recordAttendance({ actor: am, input }, { now: after })).toEqual({ updated: 2 });
    const rows = await prisma.eventRegistration.findMany({ where: { eventId: id }, select: { id: true, attended: true } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.attended]))).toEqual({ [ra.id]: true, [rb.id]: false, [rc.id]: null });
  });

  it("the organiser's registrations list audits the residents it shows; other accountmanagers get NOT_FOUND", async () => {
    const am = await organiser();
    const { id } = await createEvent({ actor: am, input: eventInput({ capacity: "10" }) });
    const { user, candidate } = await createJobseeker();
    await registerForEvent({ actor: actorFor(user), input: { eventId: id } });
    const event = await getOrganisedEvent(am, id);
    expect(event.registrations).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, actorId: am.userId } })).toBe(1);
    await expect(getOrganisedEvent(await organiser(), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [employer] = await employers(1);
    await expect(getOrganisedEvent(employer!, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("editing an event (A6)", () => {
  async function eventWithRegistrations(capacity = "5") {
    const am = await organiser();
    const { id } = await createEvent({ actor: am, input: eventInput({ capacity }) });
    const [a, b] = await employers(2);
    const { user } = await createJobseeker();
    await registerForEvent({ actor: a!, input: { eventId: id } });
    await registerForEvent({ actor: b!, input: { eventId: id } });
    await registerForEvent({ actor: actorFor(user), input: { eventId: id } });
    await cancelRegistration({ actor: b!, input: { eventId: id } });
    return { am, id, registered: [a!.userId, user.id], cancelled: b!.userId };
  }

  it("lets the organiser change every field; registered people hear about a new time or place", async () => {
    const { am, id, registered, cancelled } = await eventWithRegistrations();
    const result = await updateEvent({
      actor: am,
      input: { ...eventInput({ title: "Banenmarkt Bussum", kind: "SPEED_DATE", theme: "Zorg", date: futureDate(12), startTime: "10:00", endTime: "12:30", location: "Bussum", capacity: "2", audience: "BOTH", description: "Nieuw" }), eventId: id },
    });
    expect(result).toEqual({ id, notified: 2 });
    const event = await prisma.event.findUniqueOrThrow({ where: { id } });
    expect(event).toMatchObject({ title: "Banenmarkt Bussum", kind: "SPEED_DATE", theme: "Zorg", location: "Bussum", capacity: 2, description: "Nieuw" });
    expect(event.endsAt.getTime() - event.startsAt.getTime()).toBe(150 * 60_000);
    const notifications = await prisma.notification.findMany({ where: { kind: "event.changed", link: `/evenementen/${id}` } });
    expect(notifications.map((n) => n.userId).sort()).toEqual([...registered].sort());
    expect(notifications.some((n) => n.userId === cancelled)).toBe(false);
    expect(notifications[0]?.body).toContain("Bussum");

    // Only the description: nobody is bothered.
    const again = await updateEvent({ actor: am, input: { ...eventInput({ title: "Banenmarkt Bussum", kind: "SPEED_DATE", theme: "Zorg", date: futureDate(12), startTime: "10:00", endTime: "12:30", location: "Bussum", capacity: "2", description: "Nog nieuwer" }), eventId: id } });
    expect(again.notified).toBe(0);
    expect(await prisma.notification.count({ where: { kind: "event.changed" } })).toBe(2);
  });

  it("refuses other accountmanagers (NOT_FOUND) and other roles (FORBIDDEN)", async () => {
    const { id } = await eventWithRegistrations();
    const before = await prisma.event.findUniqueOrThrow({ where: { id } });
    await expect(updateEvent({ actor: await organiser(), input: { ...eventInput({ title: "Gekaapt" }), eventId: id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [employer] = await employers(1);
    for (const actor of [employer!, actorFor(await createUser({ role: "JOB_MEDIATOR" })), actorFor(await createUser({ role: "ADMIN" }))]) {
      await expect(updateEvent({ actor, input: { ...eventInput({ title: "Gekaapt" }), eventId: id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.event.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("refuses a capacity below the registrations, an audience that excludes them, and bad input; nothing is written", async () => {
    const { am, id } = await eventWithRegistrations();
    const before = await prisma.event.findUniqueOrThrow({ where: { id } });
    const tooSmall = updateEvent({ actor: am, input: { ...eventInput({ capacity: "1", location: "Elders" }), eventId: id } });
    await expect(tooSmall).rejects.toBeInstanceOf(EventFieldError);
    await expect(updateEvent({ actor: am, input: { ...eventInput({ capacity: "1" }), eventId: id } })).rejects.toMatchObject({
      code: "CONFLICT",
      field: "capacity",
      userMessage: "Er zijn al 2 aanmeldingen. Kies minimaal 2 plaatsen.",
    });
    await expect(updateEvent({ actor: am, input: { ...eventInput({ audience: "EMPLOYERS" }), eventId: id } })).rejects.toMatchObject({ code: "CONFLICT", field: "audience" });
    await expect(updateEvent({ actor: am, input: { ...eventInput({ title: "", endTime: "12:00" }), eventId: id } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(updateEvent({ actor: am, input: { ...eventInput({ date: "2020-01-01" }), eventId: id } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      userMessage: "Kies een datum en begintijd in de toekomst.",
    });
    expect(updateEventSchema.safeParse({ ...eventInput({ capacity: "0" }), eventId: id }).error?.flatten().fieldErrors.capacity?.[0]).toBe("Er moet minimaal 1 plaats zijn.");
    expect(await prisma.event.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await prisma.notification.count({ where: { kind: "event.changed", link: `/evenementen/${id}` } })).toBe(0);
    // Exactly the number of registrations is fine.
    await updateEvent({ actor: am, input: { ...eventInput({ capacity: "2" }), eventId: id } });
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).capacity).toBe(2);
  });

  it("refuses cancelled and started events", async () => {
    const am = await organiser();
    const cancelled = await createEvent({ actor: am, input: eventInput() });
    await cancelEvent({ actor: am, input: { eventId: cancelled.id } });
    await expect(updateEvent({ actor: am, input: { ...eventInput({ title: "Toch" }), eventId: cancelled.id } })).rejects.toMatchObject({ code: "CONFLICT" });

    const started = await createEvent({ actor: am, input: eventInput() });
    const event = await prisma.event.findUniqueOrThrow({ where: { id: started.id } });
    const later = new Date(event.startsAt.getTime() + 60_000);
    await expect(updateEvent({ actor: am, input: { ...eventInput({ date: futureDate(40) }), eventId: started.id } }, { now: later })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: started.id } })).title).toBe(event.title);
  });
});

describe("time rules use the portal's time", () => {
  it("creating checks the start against `now`; lists and registrations follow it", async () => {
    const am = await organiser();
    const { id } = await createEvent({ actor: am, input: eventInput() });
    const event = await prisma.event.findUniqueOrThrow({ where: { id } });
    const later = new Date(event.endsAt.getTime() + 60_000);
    await expect(createEvent({ actor: am, input: eventInput({ date: futureDate(10) }) }, { now: new Date(Date.now() + 30 * 86_400_000) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect((await findPublicEvents()).some((e) => e.id === id)).toBe(true);
    expect((await findPublicEvents({ now: later })).some((e) => e.id === id)).toBe(false);

    const { user } = await createJobseeker();
    const resident = actorFor(user);
    await registerForEvent({ actor: resident, input: { eventId: id } });
    expect((await findMyRegistrations(resident)).map((e) => e.id)).toContain(id);
    expect(await findMyRegistrations(resident, { now: later })).toEqual([]);
    expect(await findMyRegistrations(am)).toEqual([]);
    await expect(cancelRegistration({ actor: resident, input: { eventId: id } }, { now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a limit per account on event sign-ups (finding 15.3)", () => {
  it("refuses the (N+1)th sign-up request of one resident within the hour in Dutch and writes nothing", async () => {
    const am = await organiser();
    const first = await createEvent({ actor: am, input: eventInput({ audience: "RESIDENTS", capacity: "10" }) });
    const second = await createEvent({ actor: am, input: eventInput({ audience: "RESIDENTS", capacity: "10" }) });
    const resident = actorFor((await createJobseeker()).user);
    for (let i = 0; i < THROTTLE.eventSignUpAccount.max; i += 1) await registerForEvent({ actor: resident, input: { eventId: first.id } });
    await expect(registerForEvent({ actor: resident, input: { eventId: second.id } })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await prisma.eventRegistration.count({ where: { eventId: second.id } })).toBe(0);
  });
});
