import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createCandidate, createJobseeker, createMediator, ensurePartner } from "@/tests/factories/candidates";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { findAuditEntries } from "./find-audit-entries";
import { findMyAccessLog } from "./find-my-access-log";
import { recordCandidateAccess } from "./record-candidate-access";
import { auditSearchSchema } from "./schemas";

const search = (filters: Record<string, unknown> = {}) => auditSearchSchema.parse(filters);

/** An entry written straight to the table (inserting is allowed), e.g. with a chosen time. */
async function entry(data: { candidateId: string; actorId?: string | null; at?: Date; action?: string; purpose?: string }) {
  const actor = data.actorId ? await prisma.user.findUniqueOrThrow({ where: { id: data.actorId } }) : null;
  return prisma.auditLog.create({
    data: {
      candidateId: data.candidateId,
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      at: data.at,
      action: data.action ?? "candidate.read",
      purpose: data.purpose ?? "Test",
    },
  });
}

describe("findMyAccessLog (Wie heeft mijn gegevens bekeken)", () => {
  it("shows who, in which role and organisation, when, what and why — newest first, only about me, not my own reads", async () => {
    await ensurePartner("UWV", "UWV Gooi en Vechtstreek");
    const mediator = await createMediator({ partnerCode: "UWV", name: "Femke Jansen" });
    const { user, candidate } = await createJobseeker({ ownerId: mediator.id });
    const other = await createCandidate({ ownerId: mediator.id });
    const { employer, organisation } = await createEmployerWithOwner({ legalName: "Zorggroep Test" });

    await prisma.$transaction((tx) => recordCandidateAccess(tx, actorFor(mediator), [{ candidateId: candidate.id, action: "candidate.read", purpose: "Kandidaat bekijken in caseload" }]));
    await prisma.$transaction((tx) => recordCandidateAccess(tx, actorFor(mediator), [{ candidateId: other.id, action: "candidate.read", purpose: "Iemand anders" }]));
    await prisma.$transaction((tx) => recordCandidateAccess(tx, actorFor(employer), [{ candidateId: candidate.id, action: "cv.download", purpose: "Voordracht bekijken" }]));
    await entry({ candidateId: candidate.id, actorId: user.id, action: "candidate.read", purpose: "Zelf gelezen (oud)" });
    await entry({ candidateId: candidate.id, actorId: null, action: "match.nightly", purpose: "Matchindex bijwerken", at: new Date(Date.now() - 86_400_000) });

    const log = await findMyAccessLog({ actor: actorFor(user) });
    expect(log).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    expect(log.entries).toMatchObject([
      { actorName: employer.name, actorRole: "Werkgever", actorOrganisation: organisation.legalName, actionLabel: "downloadde uw cv", purpose: "Voordracht bekijken" },
      { actorName: "Femke Jansen", actorRole: "Bemiddelaar", actorOrganisation: "UWV Gooi en Vechtstreek", actionLabel: "bekeek uw gegevens", purpose: "Kandidaat bekijken in caseload" },
      { actorName: "Het Werkcentrum (automatisch)", actorRole: null, actionLabel: "gebruikte uw gegevens", purpose: "Matchindex bijwerken" },
    ]);
    expect(log.entries[0]!.at.getTime()).toBeGreaterThanOrEqual(log.entries[1]!.at.getTime());
  });

  it("pages by 25, clamps a page past the end, and writes no audit entry itself", async () => {
    const mediator = await createMediator();
    const { user, candidate } = await createJobseeker({ ownerId: mediator.id });
    const start = Date.now() - 3_600_000;
    for (let i = 0; i < 30; i += 1) await entry({ candidateId: candidate.id, actorId: mediator.id, at: new Date(start + i * 1000), purpose: `Lezing ${i}` });
    const before = await prisma.auditLog.count();

    const first = await findMyAccessLog({ actor: actorFor(user) });
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(25);
    expect(first.entries[0]!.purpose).toBe("Lezing 29");
    const second = await findMyAccessLog({ actor: actorFor(user), page: "2" });
    expect(second.entries.map((e) => e.purpose)).toEqual(["Lezing 4", "Lezing 3", "Lezing 2", "Lezing 1", "Lezing 0"]);
    expect(await findMyAccessLog({ actor: actorFor(user), page: "99" })).toMatchObject({ page: 2 });
    expect(await findMyAccessLog({ actor: actorFor(user), page: "nonsens" })).toMatchObject({ page: 1 });

    expect(await prisma.auditLog.count()).toBe(before);
  });

  it("is empty for a resident without a candidate record, an employer and an admin; professionals are refused", async () => {
    const mediator = await createMediator();
    const { candidate } = await createJobseeker({ ownerId: mediator.id });
    await entry({ candidateId: candidate.id, actorId: mediator.id });
    const { owner, employerActor } = await createEmployerWithOwner();
    for (const actor of [actorFor(await createUser({ role: "JOBSEEKER" })), employerActor, actorFor(await createUser({ role: "ADMIN" }))]) {
      expect(await findMyAccessLog({ actor })).toEqual({ entries: [], total: 0, page: 1, pageCount: 1 });
    }
    for (const actor of [actorFor(mediator), actorFor(owner), actorFor(await createUser({ role: "REGIONAL_STAFF" }))]) {
      await expect(findMyAccessLog({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("findAuditEntries (admin)", () => {
  it("filters by candidate, by actor e-mail (any case) and by whole days in Amsterdam time, newest first", async () => {
    const admin = actorFor(await createUser({ role: "ADMIN" }));
    const femke = await createMediator({ name: "Femke" });
    const joost = await createMediator({ name: "Joost" });
    const a = await createCandidate({ ownerId: femke.id });
    const b = await createCandidate({ ownerId: joost.id });
    // 2026-11-02 00:30 in Amsterdam is 2026-11-01 23:30 UTC: it belongs to 2 November.
    const lateUtc = await entry({ candidateId: a.id, actorId: femke.id, at: new Date("2026-11-01T23:30:00Z"), purpose: "Nacht" });
    const early = await entry({ candidateId: a.id, actorId: femke.id, at: new Date("2026-11-01T10:00:00Z"), purpose: "Ochtend" });
    const joosts = await entry({ candidateId: b.id, actorId: joost.id, at: new Date("2026-11-03T10:00:00Z"), purpose: "Joost" });

    const byCandidate = await findAuditEntries({ actor: admin, search: search({ kandidaat: a.id }) });
    // Newest first by insertion (the primary key), whatever time an entry carries.
    expect(byCandidate.entries.map((e) => e.id)).toEqual([early.id.toString(), lateUtc.id.toString()]);
    expect(byCandidate.entries[0]).toMatchObject({ actorName: "Femke", actorEmail: femke.email, actorRole: "Bemiddelaar", candidateId: a.id });

    const byEmail = await findAuditEntries({ actor: admin, search: search({ email: joost.email.toUpperCase() }) });
    expect(byEmail.entries.map((e) => e.purpose)).toEqual(["Joost"]);
    expect((await findAuditEntries({ actor: admin, search: search({ email: "niemand@test.werkcentrum.nl" }) })).total).toBe(0);

    const secondNovember = await findAuditEntries({ actor: admin, search: search({ van: "2026-11-02", tot: "2026-11-02" }) });
    expect(secondNovember.entries.map((e) => e.purpose)).toEqual(["Nacht"]);
    const firstToThird = await findAuditEntries({ actor: admin, search: search({ van: "2026-11-01", tot: "2026-11-03", kandidaat: b.id }) });
    expect(firstToThird.entries.map((e) => e.id)).toEqual([joosts.id.toString()]);
  });

  it("refuses every role except the admin, also those that may read their own entries", async () => {
    const { owner, employerActor } = await createEmployerWithOwner();
    const { user } = await createJobseeker();
    for (const actor of [employerActor, actorFor(user), actorFor(owner), actorFor(await createMediator()), actorFor(await createUser({ role: "REGIONAL_STAFF" }))]) {
      await expect(findAuditEntries({ actor, search: search() })).rejects.toMatchObject({ code: expect.stringMatching(/^FORBIDDEN$/) });
    }
  });
});
