import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createCandidate, createJobseeker, createMediator, ensurePartner } from "@/tests/factories/candidates";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { recordCandidateAccess } from "./record-candidate-access";

const entriesFor = (candidateId: string) => prisma.auditLog.findMany({ where: { candidateId }, orderBy: { id: "asc" } });

describe("recordCandidateAccess (X3)", () => {
  it("writes one entry per access with actor, role, organisation, candidate, action, purpose and the time in UTC", async () => {
    await ensurePartner("GEMEENTE", "Gemeente Hilversum");
    const mediator = await createMediator({ partnerCode: "GEMEENTE" });
    const [a, b] = [await createCandidate({ ownerId: mediator.id }), await createCandidate({ ownerId: mediator.id })];
    const before = new Date();
    await prisma.$transaction((tx) =>
      recordCandidateAccess(tx, actorFor(mediator), [
        { candidateId: a.id, action: "candidate.list", purpose: "Caseload bekijken" },
        { candidateId: b.id, action: "candidate.list", purpose: "Caseload bekijken" },
        { candidateId: a.id, action: "cv.download", purpose: "Cv bekijken voor een voordracht", entity: "CandidateCv", entityId: a.id },
      ]),
    );
    const after = new Date();

    const rows = await prisma.auditLog.findMany({ where: { candidateId: { in: [a.id, b.id] } }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({
      actorId: mediator.id,
      actorRole: "JOB_MEDIATOR",
      actorOrganisation: "Gemeente Hilversum",
      candidateId: a.id,
      action: "cv.download",
      purpose: "Cv bekijken voor een voordracht",
      entity: "CandidateCv",
      entityId: a.id,
    });
    for (const row of rows) {
      expect(row.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
      expect(row.at.getTime()).toBeLessThanOrEqual(after.getTime() + 1000);
    }
  });

  it("stores UTC even when the database session runs in another time zone", async () => {
    const mediator = await createMediator();
    const candidate = await createCandidate({ ownerId: mediator.id });
    const before = Date.now();
    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL TIME ZONE 'America/New_York'`);
      await recordCandidateAccess(tx, actorFor(mediator), [{ candidateId: candidate.id, action: "candidate.read", purpose: "Dossier bekijken" }]);
    });
    // Read the stored wall-clock value as text, independent of any driver conversion.
    const [stored] = await prisma.$queryRaw<{ at: string }[]>`SELECT to_char("at", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS at FROM "AuditLog" WHERE "candidateId" = ${candidate.id}`;
    const storedAsUtc = Date.parse(`${stored!.at}Z`);
    expect(Math.abs(storedAsUtc - before)).toBeLessThan(60_000);
  });

  it("names the organisation as stored: employer trade or legal name, admin as Werkcentrum", async () => {
    const { organisation, employer } = await createEmployerWithOwner({ legalName: "Bouwbedrijf Test B.V." });
    const admin = await createUser({ role: "ADMIN" });
    const candidate = await createCandidate();
    await prisma.$transaction(async (tx) => {
      await recordCandidateAccess(tx, actorFor(employer), [{ candidateId: candidate.id, action: "candidate.read", purpose: "Voordracht bekijken" }]);
      await recordCandidateAccess(tx, actorFor(admin), [{ candidateId: candidate.id, action: "candidate.read", purpose: "Verzoek om inzage afhandelen" }]);
    });
    expect((await entriesFor(candidate.id)).map((row) => [row.actorRole, row.actorOrganisation])).toEqual([
      ["EMPLOYER", organisation.legalName],
      ["ADMIN", "Werkcentrum (beheer)"],
    ]);
  });

  it("skips the candidate's own reads, but records others reading the same candidate", async () => {
    const mediator = await createMediator();
    const { user, candidate } = await createJobseeker({ ownerId: mediator.id });
    const other = await createCandidate({ ownerId: mediator.id });
    await prisma.$transaction((tx) =>
      recordCandidateAccess(tx, actorFor(user), [{ candidateId: candidate.id, action: "candidate.read", purpose: "Mijn profiel bekijken" }]),
    );
    expect(await entriesFor(candidate.id)).toHaveLength(0);

    // A resident touching someone else's record (should never happen) is still written down.
    await prisma.$transaction((tx) => recordCandidateAccess(tx, actorFor(user), [{ candidateId: other.id, action: "candidate.read", purpose: "Test" }]));
    expect(await entriesFor(other.id)).toHaveLength(1);

    await prisma.$transaction((tx) => recordCandidateAccess(tx, actorFor(mediator), [{ candidateId: candidate.id, action: "candidate.read", purpose: "Dossier bekijken" }]));
    expect(await entriesFor(candidate.id)).toMatchObject([{ actorId: mediator.id }]);
  });

  it("leaves no entry when the surrounding transaction rolls back", async () => {
    const mediator = await createMediator();
    const candidate = await createCandidate({ ownerId: mediator.id });
    await expect(
      prisma.$transaction(async (tx) => {
        await recordCandidateAccess(tx, actorFor(mediator), [{ candidateId: candidate.id, action: "candidate.update", purpose: "Profiel bijwerken" }]);
        await tx.candidate.update({ where: { id: candidate.id }, data: { hoursPerWeekMax: 32 } });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await entriesFor(candidate.id)).toHaveLength(0);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).hoursPerWeekMax).toBeNull();
  });

  it("cannot be updated, deleted or truncated by the application", async () => {
    const mediator = await createMediator();
    const candidate = await createCandidate({ ownerId: mediator.id });
    await prisma.$transaction((tx) => recordCandidateAccess(tx, actorFor(mediator), [{ candidateId: candidate.id, action: "candidate.read", purpose: "Dossier bekijken" }]));
    const [entry] = await entriesFor(candidate.id);

    // The app role lacks the rights (decision 025); the append-only trigger still stops the owner.
    const refused = /permission denied|append-only/;
    await expect(prisma.auditLog.update({ where: { id: entry!.id }, data: { purpose: "iets anders" } })).rejects.toThrow(refused);
    await expect(prisma.auditLog.updateMany({ where: { candidateId: candidate.id }, data: { actorId: null } })).rejects.toThrow(refused);
    await expect(prisma.auditLog.delete({ where: { id: entry!.id } })).rejects.toThrow(refused);
    await expect(prisma.auditLog.deleteMany({})).rejects.toThrow(refused);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(refused);
    await expect(prisma.$executeRawUnsafe(`UPDATE "AuditLog" SET "candidateId" = NULL WHERE "id" = ${entry!.id}`)).rejects.toThrow(refused);

    expect(await entriesFor(candidate.id)).toEqual([entry]);
  });

  it("never holds the candidate's personal data, only ids, role, organisation name, action and purpose", async () => {
    const mediator = await createMediator();
    const candidate = await createCandidate({
      ownerId: mediator.id,
      firstName: "Zeldzame",
      lastName: "Achternaam",
      email: "zeldzame.achternaam@voorbeeld.nl",
      birthDate: new Date("1987-06-05"),
    });
    await prisma.candidate.update({ where: { id: candidate.id }, data: { phone: "06 98 76 54 32", postcode: "1234 XY" } });
    await prisma.$transaction((tx) =>
      recordCandidateAccess(tx, actorFor(mediator), [{ candidateId: candidate.id, action: "candidate.read", purpose: "Dossier bekijken" }]),
    );

    // The table has exactly these columns: a new column must be looked at here before it can hold anything.
    const columns = await prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name::text AS column_name FROM information_schema.columns WHERE table_name = 'AuditLog' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name)).toEqual(
      ["action", "actorId", "actorOrganisation", "actorRole", "at", "candidateId", "entity", "entityId", "id", "purpose"].sort(),
    );

    const [row] = await prisma.$queryRaw<{ entry: string }[]>`SELECT row_to_json(a)::text AS entry FROM "AuditLog" a WHERE "candidateId" = ${candidate.id}`;
    const text = row!.entry.toLowerCase();
    for (const personal of ["zeldzame", "achternaam", "voorbeeld.nl", "1987", "98 76 54 32", "1234 xy"]) expect(text).not.toContain(personal);
    expect(JSON.parse(row!.entry)).toMatchObject({ candidateId: candidate.id, actorId: mediator.id, action: "candidate.read", purpose: "Dossier bekijken" });
  });

  it("writes nothing for an empty list", async () => {
    const mediator = await createMediator();
    const count = await prisma.auditLog.count();
    await prisma.$transaction((tx) => recordCandidateAccess(tx, actorFor(mediator), []));
    expect(await prisma.auditLog.count()).toBe(count);
  });
});
