import { beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createAccountManager, createEmployerUser, createOrganisation } from "@/tests/factories/organisations";
import { createUser } from "@/tests/factories/users";
import { decideJoinRequest } from "./decide-join-request";
import { findPendingJoinRequests } from "./find-pending-join-requests";
import { getMyJoinRequestStatus } from "./get-my-join-request-status";

const actorOf = (user: { id: string; role: Role; name: string; organisationId: string | null }): Actor => ({
  userId: user.id,
  role: user.role,
  name: user.name,
  organisationId: user.organisationId,
  partnerOrganisationId: null,
});

let owner: Actor;
let organisation: { id: string; kvkNumber: string };
let requester: { id: string };
let requestId: string;

beforeEach(async () => {
  const am = await createAccountManager();
  owner = actorOf(am);
  organisation = await createOrganisation({ ownerId: am.id });
  const user = await createEmployerUser({ organisationId: null, name: "Piet Aanvrager" });
  requester = user;
  requestId = (await prisma.organisationJoinRequest.create({ data: { organisationId: organisation.id, userId: user.id } })).id;
});

describe("findPendingJoinRequests", () => {
  it("lists the owner's pending requests only", async () => {
    const list = await findPendingJoinRequests(owner);
    expect(list).toEqual([
      expect.objectContaining({ id: requestId, requester: expect.objectContaining({ name: "Piet Aanvrager" }), organisation: expect.objectContaining({ id: organisation.id }) }),
    ]);
    const otherAm = actorOf(await createAccountManager());
    expect(await findPendingJoinRequests(otherAm)).toEqual([]);
  });

  it("refuses roles that never decide", async () => {
    for (const role of ["EMPLOYER", "JOBSEEKER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      await expect(findPendingJoinRequests(actorOf(await createUser({ role })))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("decideJoinRequest", () => {
  it("accept by the owner links the account to the organisation and notifies the requester", async () => {
    expect(await getMyJoinRequestStatus(actorOf({ ...(await prisma.user.findUniqueOrThrow({ where: { id: requester.id } })) }))).toMatchObject({
      status: "PENDING",
      kvkNumber: organisation.kvkNumber,
    });
    await expect(decideJoinRequest({ actor: owner, input: { joinRequestId: requestId, decision: "ACCEPT" } })).resolves.toEqual({
      joinRequestId: requestId,
      status: "ACCEPTED",
    });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: requester.id } });
    expect(user.organisationId).toBe(organisation.id);
    const request = await prisma.organisationJoinRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request).toMatchObject({ status: "ACCEPTED", decidedById: owner.userId });
    expect(await prisma.notification.count({ where: { userId: requester.id, kind: "organisation.joinDecided" } })).toBe(1);
    // Now the employer belongs to the organisation: no waiting status any more.
    expect(await getMyJoinRequestStatus(actorOf(user))).toBeNull();
  });

  it("refuse by the owner keeps the account without organisation and notifies the requester", async () => {
    await decideJoinRequest({ actor: owner, input: { joinRequestId: requestId, decision: "REFUSE" } });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: requester.id } });
    expect(user.organisationId).toBeNull();
    expect(await getMyJoinRequestStatus(actorOf(user))).toMatchObject({ status: "REFUSED" });
    expect(await prisma.notification.findFirst({ where: { userId: requester.id } })).toMatchObject({ title: "Uw aanvraag is afgewezen" });
  });

  it("lets an ADMIN decide", async () => {
    const admin = actorOf(await createUser({ role: "ADMIN" }));
    await expect(decideJoinRequest({ actor: admin, input: { joinRequestId: requestId, decision: "ACCEPT" } })).resolves.toMatchObject({ status: "ACCEPTED" });
  });

  it("a second decision (double click, other tab) is a conflict and changes nothing", async () => {
    const results = await Promise.allSettled([
      decideJoinRequest({ actor: owner, input: { joinRequestId: requestId, decision: "ACCEPT" } }),
      decideJoinRequest({ actor: owner, input: { joinRequestId: requestId, decision: "REFUSE" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await prisma.notification.count({ where: { userId: requester.id } })).toBe(1);
  });

  it("a non-owner accountmanager gets NOT_FOUND, the same as for an id that does not exist", async () => {
    const otherAm = actorOf(await createAccountManager());
    await expect(decideJoinRequest({ actor: otherAm, input: { joinRequestId: requestId, decision: "ACCEPT" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideJoinRequest({ actor: owner, input: { joinRequestId: "bestaat-niet", decision: "ACCEPT" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expectUnchanged();
  });

  it.each(["JOB_MEDIATOR", "JOBSEEKER", "REGIONAL_STAFF"] as const)("refuses a %s", async (role) => {
    const actor = actorOf(await createUser({ role }));
    await expect(decideJoinRequest({ actor, input: { joinRequestId: requestId, decision: "ACCEPT" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expectUnchanged();
  });

  it("refuses the employer of that very organisation and the requester themselves", async () => {
    const colleague = actorOf(await createEmployerUser({ organisationId: organisation.id }));
    const self = actorOf(await prisma.user.findUniqueOrThrow({ where: { id: requester.id } }));
    for (const actor of [colleague, self]) {
      await expect(decideJoinRequest({ actor, input: { joinRequestId: requestId, decision: "ACCEPT" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expectUnchanged();
  });
});

async function expectUnchanged() {
  expect(await prisma.organisationJoinRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "PENDING", decidedById: null });
  expect((await prisma.user.findUniqueOrThrow({ where: { id: requester.id } })).organisationId).toBeNull();
}
