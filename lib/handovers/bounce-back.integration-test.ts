import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { JOBS } from "@/lib/scheduled-jobs";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { createHandover } from "@/tests/factories/handovers";
import { actorFor } from "@/tests/factories/questions";
import { acceptHandover } from "./accept-handover";
import { bounceBackHandovers } from "./bounce-back-handovers";

const MINUTE = 60_000;
const DEADLINE = new Date("2026-11-30T22:59:59.999Z"); // end of Monday 30 November in Amsterdam

async function setUp(status: "PENDING" | "AWAITING_CONSENT" = "PENDING") {
  const sender = await createMediator({ partnerCode: "GEMEENTE" });
  const receiver = await createMediator({ partnerCode: "UWV" });
  const { user: resident, candidate } = await createJobseeker({ ownerId: sender.id, firstName: "Sanne", lastName: "Bakker" });
  const { handover } = await createHandover({ candidateId: candidate.id, fromUserId: sender.id, partnerCode: "UWV", status, deadline: DEADLINE });
  const notified = async () => ({
    sender: await prisma.notification.count({ where: { userId: sender.id, kind: "handover.bounced" } }),
    resident: await prisma.notification.count({ where: { userId: resident.id, kind: "handover.bounced" } }),
  });
  const stored = () => prisma.handover.findUniqueOrThrow({ where: { id: handover.id } });
  return { sender, receiver, candidate, handover, notified, stored };
}

describe("bounce-back of handovers nobody accepted in time (B7)", () => {
  it("does nothing before the deadline; afterwards bounces once, the sender stays owner and sender and resident hear it", async () => {
    const { sender, candidate, notified, stored } = await setUp("PENDING");
    await bounceBackHandovers(new Date(DEADLINE.getTime() - MINUTE));
    await bounceBackHandovers(DEADLINE);
    expect((await stored()).status).toBe("PENDING");
    expect(await notified()).toEqual({ sender: 0, resident: 0 });

    const after = new Date(DEADLINE.getTime() + MINUTE);
    expect((await bounceBackHandovers(after)).bounced).toBeGreaterThanOrEqual(1);
    expect(await stored()).toMatchObject({ status: "BOUNCED", decidedAt: after, acceptedById: null });
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(sender.id);
    expect(await notified()).toEqual({ sender: 1, resident: 1 });

    await bounceBackHandovers(new Date(after.getTime() + 60 * MINUTE));
    expect(await stored()).toMatchObject({ status: "BOUNCED", decidedAt: after });
    expect(await notified()).toEqual({ sender: 1, resident: 1 });
  });

  it("bounces a handover still waiting for consent, tells only the sender and closes the open request", async () => {
    const { handover, notified, stored } = await setUp("AWAITING_CONSENT");
    const after = new Date(DEADLINE.getTime() + MINUTE);
    await bounceBackHandovers(after);
    expect((await stored()).status).toBe("BOUNCED");
    expect(await notified()).toEqual({ sender: 1, resident: 0 });
    expect(await prisma.consent.findMany({ where: { handoverId: handover.id } })).toMatchObject([{ grantedAt: null, revokedAt: after }]);
  });

  it("bounces and notifies once when two runs race", async () => {
    const { notified, stored } = await setUp("PENDING");
    const after = new Date(DEADLINE.getTime() + MINUTE);
    await Promise.all([bounceBackHandovers(after), bounceBackHandovers(after), bounceBackHandovers(after)]);
    expect((await stored()).status).toBe("BOUNCED");
    expect(await notified()).toEqual({ sender: 1, resident: 1 });
  });

  it("leaves a handover accepted just before the deadline accepted, with the acceptor as owner", async () => {
    const { receiver, candidate, handover, notified, stored } = await setUp("PENDING");
    await acceptHandover({ actor: actorFor(receiver), input: { handoverId: handover.id }, now: new Date(DEADLINE.getTime() - MINUTE) });
    await bounceBackHandovers(new Date(DEADLINE.getTime() + MINUTE));
    expect(await stored()).toMatchObject({ status: "ACCEPTED", acceptedById: receiver.id });
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(receiver.id);
    expect(await notified()).toEqual({ sender: 0, resident: 0 });
  });

  it("an accept racing the bounce-back: exactly one of them wins", async () => {
    const { receiver, handover, stored } = await setUp("PENDING");
    const after = new Date(DEADLINE.getTime() + MINUTE);
    await Promise.allSettled([acceptHandover({ actor: actorFor(receiver), input: { handoverId: handover.id }, now: after }), bounceBackHandovers(after)]);
    const final = await stored();
    expect(["ACCEPTED", "BOUNCED"]).toContain(final.status);
    const candidate = await prisma.candidate.findUniqueOrThrow({ where: { id: handover.candidateId } });
    expect(candidate.ownerId).toBe(final.status === "ACCEPTED" ? receiver.id : handover.fromUserId);
  });
});

describe("the bounce-back as a scheduled job", () => {
  it("runs through runDueJobs as handovers.bounceBack, once per slot", async () => {
    const { stored, notified } = await setUp("PENDING");
    const after = new Date(DEADLINE.getTime() + 7 * MINUTE);
    const [first, second] = await Promise.all([runDueJobs(after, JOBS), runDueJobs(after, JOBS)]);
    const runs = [...first!, ...second!].filter((run) => run.job === "handovers.bounceBack");
    expect(runs.map((run) => run.status).sort()).toEqual(["ran", "skipped"]);
    expect((await stored()).status).toBe("BOUNCED");
    expect(await notified()).toEqual({ sender: 1, resident: 1 });
  });
});
