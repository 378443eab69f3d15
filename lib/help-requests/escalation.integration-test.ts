import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { JOBS } from "@/lib/scheduled-jobs";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { createHelpRequest } from "@/tests/factories/help-requests";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { acceptHelpRequest } from "./accept-help-request";
import { escalateOverdueHelpRequests, QUEUE_PATH } from "./escalate-overdue-help-requests";
import { findTeamQueue } from "./find-team-queue";

const MINUTE = 60_000;

async function setUp() {
  const dueBy = new Date("2026-11-27T14:00:00.000Z");
  const bm = await createMediator({ partnerCode: "GEMEENTE" });
  const colleague = await createMediator({ partnerCode: "GEMEENTE" });
  const disabled = await createUser({ role: "JOB_MEDIATOR", partnerOrganisationId: bm.partnerOrganisationId, disabledAt: new Date() });
  const otherPartner = await createMediator({ partnerCode: "UWV" });
  const staff = await createUser({ role: "REGIONAL_STAFF" });
  const accountManager = await createUser({ role: "ACCOUNT_MANAGER" });
  const { user: resident, candidate } = await createJobseeker({ firstName: "Sanne", lastName: "Geheim" });
  const request = await createHelpRequest({ candidateId: candidate.id, dueBy, createdAt: new Date("2026-11-20T14:00:00.000Z") });
  const notified = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries({ bm, colleague, disabled, otherPartner, staff, accountManager, resident }).map(async ([key, user]) => [
          key,
          await prisma.notification.count({ where: { userId: user.id, kind: "helpRequest.escalated" } }),
        ]),
      ),
    );
  return { dueBy, bm, staff, request, notified };
}

describe("escalation of requests nobody accepted in time (J1)", () => {
  it("does nothing before the due date; afterwards escalates once and notifies the partner's bemiddelaars and all staff", async () => {
    const { dueBy, bm, staff, request, notified } = await setUp();

    expect(await escalateOverdueHelpRequests(new Date(dueBy.getTime() - MINUTE))).toEqual({ escalated: 0 });
    expect(await escalateOverdueHelpRequests(dueBy)).toEqual({ escalated: 0 });
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("ROUTED");

    const after = new Date(dueBy.getTime() + MINUTE);
    expect(await escalateOverdueHelpRequests(after)).toEqual({ escalated: 1 });
    expect(await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "ESCALATED", escalatedAt: after });
    expect(await notified()).toEqual({ bm: 1, colleague: 1, disabled: 0, otherPartner: 0, staff: 1, accountManager: 0, resident: 0 });

    const [toBm] = await prisma.notification.findMany({ where: { userId: bm.id } });
    expect(toBm).toMatchObject({ title: "Aanmelding niet op tijd opgepakt: Gemeente – team NUG (zonder uitkering)", link: QUEUE_PATH });
    const [toStaff] = await prisma.notification.findMany({ where: { userId: staff.id } });
    expect(toStaff!.link).toBeNull();
    // The notification names the team and the question, never the resident.
    for (const message of [toBm!, toStaff!]) expect(`${message.title} ${message.body}`).not.toMatch(/Sanne|Geheim/);

    // Running again later changes and notifies nothing.
    expect(await escalateOverdueHelpRequests(new Date(after.getTime() + 60 * MINUTE))).toEqual({ escalated: 0 });
    expect(await notified()).toEqual({ bm: 1, colleague: 1, disabled: 0, otherPartner: 0, staff: 1, accountManager: 0, resident: 0 });

    // It stays in the queue, marked, and can still be accepted.
    const queue = await findTeamQueue(actorFor(bm), after);
    expect(queue.find((item) => item.id === request.id)).toMatchObject({ status: "ESCALATED", overdue: true });
    await acceptHelpRequest({ actor: actorFor(bm), input: { helpRequestId: request.id } });
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("ACCEPTED");
  });

  it("escalates and notifies once when the escalation runs twice at the same time", async () => {
    const { dueBy, request, notified } = await setUp();
    const after = new Date(dueBy.getTime() + MINUTE);
    const runs = await Promise.all([escalateOverdueHelpRequests(after), escalateOverdueHelpRequests(after), escalateOverdueHelpRequests(after)]);
    expect(runs.reduce((sum, run) => sum + run.escalated, 0)).toBeGreaterThanOrEqual(1);
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("ESCALATED");
    expect(await notified()).toMatchObject({ bm: 1, colleague: 1, staff: 1 });
  });

  it("leaves accepted and closed requests alone", async () => {
    const { dueBy } = await setUp();
    const { candidate } = await createJobseeker();
    const accepted = await createHelpRequest({ candidateId: candidate.id, dueBy, status: "ACCEPTED" });
    const closed = await createHelpRequest({ candidateId: candidate.id, dueBy, status: "CLOSED" });
    await escalateOverdueHelpRequests(new Date(dueBy.getTime() + MINUTE));
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: accepted.id } })).status).toBe("ACCEPTED");
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: closed.id } })).status).toBe("CLOSED");
  });
});

describe("the escalation as a scheduled job", () => {
  it("runs through runDueJobs with a controlled clock: once per slot, also when two ticks race", async () => {
    await prisma.helpRequest.updateMany({ where: { status: "ROUTED" }, data: { status: "CLOSED" } });
    const { dueBy, request, notified } = await setUp();
    // The registered escalation job only: other domains' jobs run in the same ticks.
    const escalation = JOBS.filter((job) => job.name === "helpRequests.escalateOverdue");
    const before = new Date(dueBy.getTime() - 10 * MINUTE);
    expect(await runDueJobs(before, escalation)).toMatchObject([{ job: "helpRequests.escalateOverdue", status: "ran", result: { escalated: 0 } }]);
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("ROUTED");

    const after = new Date(dueBy.getTime() + 7 * MINUTE);
    const [first, second] = await Promise.all([runDueJobs(after, escalation), runDueJobs(after, escalation)]);
    expect([first![0]!.status, second![0]!.status].sort()).toEqual(["ran", "skipped"]);
    expect(await runDueJobs(new Date(after.getTime() + MINUTE), escalation)).toMatchObject([{ status: "skipped", runKey: "2026-11-27T14:05Z" }]);
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("ESCALATED");
    expect(await notified()).toMatchObject({ bm: 1, colleague: 1, staff: 1 });
    expect(await prisma.jobRun.findMany({ where: { job: "helpRequests.escalateOverdue" }, orderBy: { runKey: "asc" } })).toMatchObject([
      { runKey: "2026-11-27T13:50Z", finishedAt: expect.any(Date) },
      { runKey: "2026-11-27T14:05Z", finishedAt: expect.any(Date) },
    ]);
  });
});
