import { describe, expect, it } from "vitest";
import { getJobseekerStart } from "@/lib/start-pages/get-jobseeker-start";
import { prisma } from "@/lib/db";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { createHelpRequest } from "@/tests/factories/help-requests";
import { ensureRegion } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { ACCEPT_PURPOSE, acceptHelpRequest } from "./accept-help-request";
import { countTeamQueue } from "./count-team-queue";
import { displayName, findTeamQueue, QUEUE_READ_PURPOSE } from "./find-team-queue";
import { ALREADY_ACCEPTED_MESSAGE } from "./schemas";

const DAY = 86_400_000;

async function residentWithRequest(options: Parameters<typeof createHelpRequest>[0] extends infer O ? Omit<O, "candidateId"> & { ownerId?: string } : never = {}) {
  const { ownerId, ...request } = options;
  const { user, candidate } = await createJobseeker({
    firstName: "Sanne",
    lastName: "de Vries",
    birthDate: new Date("1990-05-14T00:00:00.000Z"),
    municipalityCode: "GM0402",
    ownerId: ownerId ?? null,
  });
  const helpRequest = await createHelpRequest({ candidateId: candidate.id, ...request });
  return { user, candidate, helpRequest };
}

describe("the team queue of new requests (B1)", () => {
  it("lists only open requests routed to the bemiddelaar's partner, escalated and overdue first, with little data and an audit entry each", async () => {
    await ensureRegion();
    const bm = await createMediator({ partnerCode: "GEMEENTE" });
    const now = new Date();
    const later = await residentWithRequest({ dueBy: new Date(now.getTime() + 5 * DAY) });
    const overdue = await residentWithRequest({ dueBy: new Date(now.getTime() - DAY) });
    const escalated = await residentWithRequest({ status: "ESCALATED", dueBy: new Date(now.getTime() - 3 * DAY), escalatedAt: now });
    await residentWithRequest({ status: "ACCEPTED" });
    await residentWithRequest({ status: "CLOSED" });
    await residentWithRequest({ partnerCode: "UWV", team: "UWV WERKbedrijf – team WW" });

    const queue = await findTeamQueue(actorFor(bm), now);
    expect(queue.map((item) => item.id)).toEqual([escalated.helpRequest.id, overdue.helpRequest.id, later.helpRequest.id]);
    expect(queue[0]).toEqual({
      id: escalated.helpRequest.id,
      displayName: "Sanne V.",
      question: "NO_BENEFIT",
      team: "Gemeente – team NUG (zonder uitkering)",
      municipality: "Hilversum",
      ageGroup: "FROM_27_TO_49",
      createdAt: escalated.helpRequest.createdAt,
      dueBy: escalated.helpRequest.dueBy,
      status: "ESCALATED",
      overdue: true,
    });
    expect(queue.map((item) => item.overdue)).toEqual([true, true, false]);

    const audit = await prisma.auditLog.findMany({ where: { actorId: bm.id }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({
      action: "helpRequest.read",
      purpose: QUEUE_READ_PURPOSE,
      actorRole: "JOB_MEDIATOR",
      actorOrganisation: "Partner GEMEENTE",
      candidateId: escalated.candidate.id,
      entity: "HelpRequest",
      entityId: escalated.helpRequest.id,
    });
    expect(await countTeamQueue(actorFor(bm))).toEqual({ open: 3, escalated: 1 });
  });

  it("shortens the last name to an initial, skipping Dutch prefixes", () => {
    expect(displayName("Sanne", "de Vries")).toBe("Sanne V.");
    expect(displayName("Jan", "van der Berg")).toBe("Jan B.");
    expect(displayName("Ali", "Yılmaz")).toBe("Ali Y.");
    expect(displayName("Mo", "")).toBe("Mo");
  });
});

describe("accepting a request (B1)", () => {
  it("makes the bemiddelaar the owner, audits it and tells the resident who picked it up", async () => {
    const bm = await createMediator({ partnerCode: "GEMEENTE", name: "Femke Jansen" });
    const { user, candidate, helpRequest } = await residentWithRequest();
    const accepted = await acceptHelpRequest({ actor: actorFor(bm), input: { helpRequestId: helpRequest.id } });

    expect(accepted).toMatchObject({ helpRequestId: helpRequest.id, candidateId: candidate.id });
    expect(await prisma.helpRequest.findUniqueOrThrow({ where: { id: helpRequest.id } })).toMatchObject({
      status: "ACCEPTED",
      acceptedById: bm.id,
      acceptedAt: accepted.acceptedAt,
    });
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(bm.id);
    expect(await prisma.ownershipTransfer.count({ where: { candidateId: candidate.id } })).toBe(0);
    expect(await prisma.auditLog.findMany({ where: { candidateId: candidate.id } })).toMatchObject([
      { action: "helpRequest.accept", purpose: ACCEPT_PURPOSE, actorId: bm.id, entityId: helpRequest.id },
    ]);
    expect(await prisma.notification.findMany({ where: { userId: user.id } })).toMatchObject([
      { kind: "helpRequest.accepted", title: "Uw aanvraag is opgepakt door Femke Jansen", link: "/werkzoekende" },
    ]);
    expect((await findTeamQueue(actorFor(bm))).map((item) => item.id)).not.toContain(helpRequest.id);

    // "Mijn traject": where it went, by when, and who picked it up.
    expect((await getJobseekerStart(actorFor(user))).helpRequests).toEqual([
      expect.objectContaining({
        id: helpRequest.id,
        status: "ACCEPTED",
        partner: "Partner GEMEENTE",
        team: "Gemeente – team NUG (zonder uitkering)",
        dueBy: helpRequest.dueBy,
        acceptedBy: "Femke Jansen",
        acceptedAt: accepted.acceptedAt,
      }),
    ]);
  });

  it("logs an ownership transfer when the candidate had another owner, and accepts an escalated request", async () => {
    const previous = await createMediator({ partnerCode: "UWV" });
    const bm = await createMediator({ partnerCode: "GEMEENTE" });
    const { candidate, helpRequest } = await residentWithRequest({ ownerId: previous.id, status: "ESCALATED", escalatedAt: new Date() });
    await acceptHelpRequest({ actor: actorFor(bm), input: { helpRequestId: helpRequest.id } });
    expect(await prisma.ownershipTransfer.findMany({ where: { candidateId: candidate.id } })).toMatchObject([
      { fromUserId: previous.id, toUserId: bm.id, byUserId: bm.id },
    ]);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(bm.id);
  });

  it("lets exactly one of two simultaneous accepts win; the other hears it was already picked up", async () => {
    const first = await createMediator({ partnerCode: "GEMEENTE" });
    const second = await createMediator({ partnerCode: "GEMEENTE" });
    const { user, candidate, helpRequest } = await residentWithRequest();
    const input = { helpRequestId: helpRequest.id };
    const results = await Promise.allSettled([
      acceptHelpRequest({ actor: actorFor(first), input }),
      acceptHelpRequest({ actor: actorFor(second), input }),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatchObject({ code: "CONFLICT", userMessage: ALREADY_ACCEPTED_MESSAGE });

    const stored = await prisma.helpRequest.findUniqueOrThrow({ where: { id: helpRequest.id } });
    const winner = results[0]!.status === "fulfilled" ? first : second;
    expect(stored.acceptedById).toBe(winner.id);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(winner.id);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, action: "helpRequest.accept" } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: user.id } })).toBe(1);
    // Afterwards too: a late click gets the same words.
    await expect(acceptHelpRequest({ actor: actorFor(first), input })).rejects.toMatchObject({ userMessage: ALREADY_ACCEPTED_MESSAGE });
  });
});

describe("refusals: nobody outside the routed team sees or takes a request", () => {
  it("refuses a bemiddelaar of another partner, other roles and the resident, without revealing the request", async () => {
    const otherPartner = await createMediator({ partnerCode: "UWV" });
    const noPartner = await createUser({ role: "JOB_MEDIATOR" });
    const { user, candidate, helpRequest } = await residentWithRequest();
    const input = { helpRequestId: helpRequest.id };

    for (const bm of [otherPartner, noPartner]) {
      await expect(acceptHelpRequest({ actor: actorFor(bm), input })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await findTeamQueue(actorFor(bm))).map((item) => item.id)).not.toContain(helpRequest.id);
    }
    // An unknown id gets the very same answer as someone else's request.
    await expect(acceptHelpRequest({ actor: actorFor(otherPartner), input: { helpRequestId: "bestaat-niet" } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const others = [
      actorFor(user),
      ...(await Promise.all((["ACCOUNT_MANAGER", "EMPLOYER", "REGIONAL_STAFF", "ADMIN"] as const).map(async (role) => actorFor(await createUser({ role }))))),
    ];
    for (const actor of others) {
      await expect(acceptHelpRequest({ actor, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findTeamQueue(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await countTeamQueue(actor)).toEqual({ open: 0, escalated: 0 });
    }

    expect(await prisma.helpRequest.findUniqueOrThrow({ where: { id: helpRequest.id } })).toMatchObject({ status: "ROUTED", acceptedById: null });
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBeNull();
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id } })).toBe(0);
  });

  it("refuses bad input", async () => {
    const bm = await createMediator({ partnerCode: "GEMEENTE" });
    for (const input of [{}, { helpRequestId: "" }, { helpRequestId: "x".repeat(41) }]) {
      await expect(acceptHelpRequest({ actor: actorFor(bm), input })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
  });
});
