import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { getEmployerPage } from "@/lib/organisations/get-employer-page";
import { addDaysIso, todayIso } from "@/lib/time/calendar-dates";
import { createContactMoment, dbDate } from "@/tests/factories/contacts";
import { createAccountManager, createEmployerUser, createOrganisation } from "@/tests/factories/organisations";
import { createUser } from "@/tests/factories/users";
import { completeFollowUp } from "./complete-follow-up";
import { findOpenFollowUps } from "./find-open-follow-ups";
import { logContactMoment } from "./log-contact-moment";

type U = { id: string; role: Actor["role"]; name: string; organisationId?: string | null };
const actorOf = (user: U): Actor => ({ userId: user.id, role: user.role, name: user.name, organisationId: user.organisationId ?? null, partnerOrganisationId: null });
const today = todayIso();
const contact = (organisationId: string, extra: Record<string, unknown> = {}) => ({
  organisationId, contactDate: today, channel: "VISIT", topic: "Kennismaking", summary: "Bezoek aan de werkvloer.", ...extra,
});

describe("logContactMoment", () => {
  it("by the owner: no double approach and no notification", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id });
    const moment = await logContactMoment({ actor: actorOf(owner), input: contact(org.id, { followUpPromise: "Offerte sturen", followUpDueDate: addDaysIso(today, 3) }) });
    expect(moment.isDoubleApproach).toBe(false);
    expect(await prisma.notification.count({ where: { userId: owner.id } })).toBe(0);
    expect(await prisma.contactMoment.findUniqueOrThrow({ where: { id: moment.id } })).toMatchObject({ followUpPromise: "Offerte sturen", followUpDueDate: dbDate(addDaysIso(today, 3)) });
  });

  it("by another accountmanager or a bemiddelaar: double approach, owner notified, marked on the employer page", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id, legalName: "Dubbel B.V." });
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR"] as const) {
      const author = await createUser({ role, name: `Piet ${role}` });
      const moment = await logContactMoment({ actor: actorOf(author), input: contact(org.id, { topic: `Onderwerp ${role}` }) });
      expect(moment.isDoubleApproach).toBe(true);
    }
    const notifications = await prisma.notification.findMany({ where: { userId: owner.id }, orderBy: { createdAt: "asc" }, select: { kind: true, title: true } });
    expect(notifications).toEqual([
      { kind: "contact.doubleApproach", title: "Dubbele benadering: Piet ACCOUNT_MANAGER had contact met Dubbel B.V." },
      { kind: "contact.doubleApproach", title: "Dubbele benadering: Piet JOB_MEDIATOR had contact met Dubbel B.V." },
    ]);
    const page = await getEmployerPage({ actor: actorOf(owner), organisationId: org.id });
    expect(page.doubleApproachCount).toBe(2);
    expect(page.timeline.every((entry) => entry.isDoubleApproach)).toBe(true);
  });

  it("is refused to employers, jobseekers and staff; an unknown employer is NOT_FOUND", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id });
    for (const user of [await createEmployerUser({ organisationId: org.id }), await createUser({ role: "JOBSEEKER" }), await createUser({ role: "REGIONAL_STAFF" })]) {
      await expect(logContactMoment({ actor: actorOf(user), input: contact(org.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(logContactMoment({ actor: actorOf(owner), input: contact("bestaat-niet") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.contactMoment.count({ where: { organisationId: org.id } })).toBe(0);
  });

  it("stores nothing for bad input", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id });
    for (const extra of [{ contactDate: addDaysIso(today, 1) }, { summary: "<script>x</script>" }, { followUpPromise: "Bellen" }, { channel: "FAX" }, { topic: "x".repeat(121) }]) {
      await expect(logContactMoment({ actor: actorOf(owner), input: contact(org.id, extra) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await prisma.contactMoment.count({ where: { organisationId: org.id } })).toBe(0);
  });

  it("a double submission stores one contact moment and one notification", async () => {
    const owner = await createAccountManager();
    const org = await createOrganisation({ ownerId: owner.id });
    const other = await createUser({ role: "JOB_MEDIATOR" });
    const input = contact(org.id, { topic: "Dubbelklik" });
    const [a, b] = await Promise.all([logContactMoment({ actor: actorOf(other), input }), logContactMoment({ actor: actorOf(other), input })]);
    expect(a.id).toBe(b.id);
    expect(await prisma.contactMoment.count({ where: { organisationId: org.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: owner.id } })).toBe(1);
  });
});

describe("open follow-ups", () => {
  it("lists only my open promises, overdue first then by due date, and only I can mark them kept", async () => {
    const me = await createAccountManager();
    const colleague = await createAccountManager();
    const org = await createOrganisation({ ownerId: me.id });
    const base = { organisationId: org.id, authorId: me.id };
    const later = await createContactMoment({ ...base, followUpPromise: "Later", followUpDueDate: dbDate(addDaysIso(today, 10)) });
    const overdue = await createContactMoment({ ...base, followUpPromise: "Te laat", followUpDueDate: dbDate(addDaysIso(today, -5)) });
    const soon = await createContactMoment({ ...base, followUpPromise: "Vandaag", followUpDueDate: dbDate(today) });
    const veryOverdue = await createContactMoment({ ...base, followUpPromise: "Heel te laat", followUpDueDate: dbDate(addDaysIso(today, -20)) });
    await createContactMoment({ ...base, followUpPromise: "Al gedaan", followUpDueDate: dbDate(addDaysIso(today, -1)), followUpDoneAt: new Date() });
    await createContactMoment({ ...base });
    const theirs = await createContactMoment({ organisationId: org.id, authorId: colleague.id, followUpPromise: "Van een collega", followUpDueDate: dbDate(today) });

    const list = await findOpenFollowUps({ actor: actorOf(me) });
    expect(list.map((f) => [f.id, f.overdue])).toEqual([[veryOverdue.id, true], [overdue.id, true], [soon.id, false], [later.id, false]]);

    await expect(completeFollowUp({ actor: actorOf(colleague), input: { contactMomentId: overdue.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(completeFollowUp({ actor: actorOf(me), input: { contactMomentId: theirs.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const employer = await createUser({ role: "EMPLOYER" });
    await expect(completeFollowUp({ actor: actorOf(employer), input: { contactMomentId: overdue.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const done = await completeFollowUp({ actor: actorOf(me), input: { contactMomentId: overdue.id } });
    const again = await completeFollowUp({ actor: actorOf(me), input: { contactMomentId: overdue.id } });
    expect(again.followUpDoneAt).toEqual(done.followUpDoneAt);
    expect((await findOpenFollowUps({ actor: actorOf(me) })).map((f) => f.id)).toEqual([veryOverdue.id, soon.id, later.id]);
    expect((await prisma.contactMoment.findUniqueOrThrow({ where: { id: theirs.id } })).followUpDoneAt).toBeNull();
  });
});
