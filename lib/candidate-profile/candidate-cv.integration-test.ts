import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { minimalPdfBytes, pngBytes } from "./__fixtures__/pdf-bytes";
import { CV_MAX_BYTES, CV_MESSAGES } from "./cv-rules";
import { cvDownloadResponse, cvUploadResponse } from "./cv-responses";
import { cvDownloadPath } from "./cv-url";
import { deleteCandidateCv } from "./delete-candidate-cv";
import { uploadCandidateCv } from "./upload-candidate-cv";

const ORIGIN = "http://localhost:3000";

function uploadRequest(candidateId: string, body: Uint8Array | ReadableStream<Uint8Array>, options: { fileName?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { origin: ORIGIN, host: "localhost:3000", "content-type": "application/pdf", ...options.headers };
  if (options.fileName !== undefined) headers["x-bestandsnaam"] = encodeURIComponent(options.fileName);
  if (body instanceof Uint8Array && !("content-length" in headers)) headers["content-length"] = String(body.byteLength);
  return new Request(`${ORIGIN}${cvDownloadPath(candidateId)}`, { method: "POST", headers, body: body as BodyInit, duplex: "half" } as RequestInit);
}

/** A body offering `total` bytes in 64 kB chunks that records how much was pulled from it. */
function offeredBody(total: number) {
  const chunk = 64 * 1024;
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      counter.pulled += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x25));
    },
  });
  return { stream, counter };
}

async function setup() {
  const owner = await createMediator();
  const { user, candidate } = await createJobseeker({ ownerId: owner.id });
  return { owner, ownerActor: actorFor(owner), resident: actorFor(user), candidate };
}

const storedCv = (candidateId: string) => prisma.candidateCv.findUnique({ where: { candidateId } });
const auditOf = (candidateId: string) => prisma.auditLog.findMany({ where: { candidateId }, orderBy: { id: "asc" } });

async function upload(actor: Actor | null, candidateId: string, bytes: Uint8Array, fileName = "cv.pdf") {
  const response = await cvUploadResponse({ request: uploadRequest(candidateId, bytes, { fileName }), actor, candidateId });
  return { status: response.status, body: (await response.json()) as { error?: string; cv?: { fileName: string; sizeBytes: number } } };
}

describe("CV upload", () => {
  it("stores the resident's PDF with a safe name and its sha256, and replaces it on a new upload", async () => {
    const { resident, candidate } = await setup();
    const pdf = minimalPdfBytes();
    const first = await upload(resident, candidate.id, pdf, "../Mijn cv <2026>.pdf");
    expect(first).toEqual({ status: 200, body: { cv: { fileName: "Mijn cv 2026.pdf", sizeBytes: pdf.byteLength, uploadedAt: expect.any(String) } } });
    const stored = await storedCv(candidate.id);
    expect(stored).toMatchObject({ fileName: "Mijn cv 2026.pdf", sizeBytes: pdf.byteLength, sha256: createHash("sha256").update(pdf).digest("hex") });
    expect(Buffer.from(stored!.content).equals(Buffer.from(pdf))).toBe(true);

    const second = minimalPdfBytes("Nieuwe versie");
    expect((await upload(resident, candidate.id, second, "nieuw.pdf")).status).toBe(200);
    expect(await prisma.candidateCv.count({ where: { candidateId: candidate.id } })).toBe(1);
    expect((await storedCv(candidate.id))?.fileName).toBe("nieuw.pdf");
    expect(await auditOf(candidate.id)).toEqual([]); // the resident's own actions are not audited
  });

  it("lets the owner bemiddelaar upload, with an audit entry", async () => {
    const { owner, ownerActor, candidate } = await setup();
    expect((await upload(ownerActor, candidate.id, minimalPdfBytes())).status).toBe(200);
    expect(await auditOf(candidate.id)).toMatchObject([{ actorId: owner.id, action: "cv.upload", purpose: "CV toevoegen" }]);
  });

  it("refuses a PNG renamed to .pdf, an empty file and a truncated PDF with a Dutch message, storing nothing", async () => {
    const { resident, candidate } = await setup();
    const pdf = minimalPdfBytes();
    for (const [bytes, message] of [
      [pngBytes(), CV_MESSAGES.notPdf],
      [new Uint8Array(0), CV_MESSAGES.empty],
      [pdf.slice(0, pdf.length - 40), CV_MESSAGES.truncated],
    ] as const) {
      expect(await upload(resident, candidate.id, bytes, "cv.pdf")).toEqual({ status: 422, body: { error: message } });
    }
    expect(CV_MESSAGES.notPdf).toMatch(/geen pdf/);
    expect(await storedCv(candidate.id)).toBeNull();
  });

  it("refuses a declared 50 MB upload with a Dutch message before reading any of it, storing nothing", async () => {
    const { resident, candidate } = await setup();
    const fifty = 50 * 1024 * 1024;
    const { stream, counter } = offeredBody(fifty);
    const request = uploadRequest(candidate.id, stream, { fileName: "groot.pdf", headers: { "content-length": String(fifty) } });
    const response = await cvUploadResponse({ request, actor: resident, candidateId: candidate.id });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: CV_MESSAGES.tooLarge });
    expect(CV_MESSAGES.tooLarge).toContain("maximaal 5 MB");
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024); // at most what the stream buffers on creation
    expect(await storedCv(candidate.id)).toBeNull();
  });

  it("stops reading an undeclared (chunked) oversized body at 5 MB", async () => {
    const { resident, candidate } = await setup();
    const { stream, counter } = offeredBody(50 * 1024 * 1024);
    const response = await cvUploadResponse({ request: uploadRequest(candidate.id, stream, { fileName: "groot.pdf" }), actor: resident, candidateId: candidate.id });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: CV_MESSAGES.tooLarge });
    expect(counter.pulled).toBeLessThanOrEqual(CV_MAX_BYTES + 3 * 64 * 1024);
    expect(await storedCv(candidate.id)).toBeNull();
  });

  it("refuses oversized bytes in the domain function too", async () => {
    const { resident, candidate } = await setup();
    const big = new Uint8Array(CV_MAX_BYTES + 1);
    big.set(minimalPdfBytes());
    await expect(uploadCandidateCv({ actor: resident, candidateId: candidate.id, fileName: "cv.pdf", bytes: big })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      userMessage: CV_MESSAGES.tooLarge,
    });
  });

  it("answers 404 to other residents, non-owner bemiddelaars, accountmanagers, employers, staff and admins", async () => {
    const { candidate } = await setup();
    const { ownerActor: accountManager, employerActor: employer } = await createEmployerWithOwner();
    const others: [string, Actor][] = [
      ["other resident", actorFor((await createJobseeker()).user)],
      ["non-owner bemiddelaar", actorFor(await createMediator())],
      ["accountmanager", accountManager],
      ["employer", employer],
      ["staff", actorFor(await createUser({ role: "REGIONAL_STAFF" }))],
      ["admin", actorFor(await createUser({ role: "ADMIN" }))],
    ];
    for (const [who, actor] of others) {
      expect(await upload(actor, candidate.id, minimalPdfBytes()), who).toEqual({ status: 404, body: { error: CV_MESSAGES.notFound } });
    }
    expect(await upload(others[1]![1], "bestaat-niet", minimalPdfBytes())).toEqual({ status: 404, body: { error: CV_MESSAGES.notFound } });
    expect((await upload(null, candidate.id, minimalPdfBytes())).status).toBe(401);
    expect(await storedCv(candidate.id)).toBeNull();
    expect(await auditOf(candidate.id)).toEqual([]);
  });

  it("refuses a cross-site post (Origin of another site, or none, or a browser saying cross-site)", async () => {
    const { resident, candidate } = await setup();
    for (const headers of [{ origin: "https://evil.example" }, { origin: "" }, { "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }] as Record<string, string>[]) {
      const request = uploadRequest(candidate.id, minimalPdfBytes(), { fileName: "cv.pdf", headers });
      const response = await cvUploadResponse({ request, actor: resident, candidateId: candidate.id });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await storedCv(candidate.id)).toBeNull();
  });

  it("answers 404, not 500, to a candidate id with a NUL byte or of 10 000 characters (decision 026)", async () => {
    const { resident } = await setup();
    for (const candidateId of ["cm1\u0000", "\u0000", "x".repeat(10_000)]) {
      const request = uploadRequest(candidateId, minimalPdfBytes(), { fileName: "cv.pdf" });
      expect((await cvUploadResponse({ request, actor: resident, candidateId })).status).toBe(404);
      expect((await cvDownloadResponse({ actor: resident, candidateId })).status).toBe(404);
    }
  });
});

describe("CV download", () => {
  async function withCv() {
    const context = await setup();
    await uploadCandidateCv({ actor: context.resident, candidateId: context.candidate.id, fileName: "Cv José.pdf", bytes: minimalPdfBytes() });
    return context;
  }

  it("gives the resident their own PDF as an attachment with safe headers, without an audit entry", async () => {
    const { resident, candidate } = await withCv();
    const response = await cvDownloadResponse({ actor: resident, candidateId: candidate.id });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="Cv Jos_.pdf"; filename*=UTF-8''Cv%20Jos%C3%A9.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(minimalPdfBytes()))).toBe(true);
    expect(await auditOf(candidate.id)).toEqual([]);
  });

  it("gives it to the owner bemiddelaar, a bemiddelaar after an accepted handover and an admin, each audited", async () => {
    const { owner, candidate } = await withCv();
    const receiver = await createMediator({ partnerCode: "UWV" });
    await prisma.handover.create({
      data: {
        candidateId: candidate.id,
        fromUserId: owner.id,
        toPartnerOrganisationId: receiver.partnerOrganisationId!,
        reason: "Warme overdracht",
        deadline: new Date(Date.now() + 86_400_000),
        status: "ACCEPTED",
        acceptedById: receiver.id,
      },
    });
    const admin = await createUser({ role: "ADMIN" });
    for (const user of [owner, receiver, admin]) {
      const response = await cvDownloadResponse({ actor: actorFor(user), candidateId: candidate.id });
      expect(response.status, user.role).toBe(200);
    }
    expect(await auditOf(candidate.id)).toMatchObject([
      { actorId: owner.id, action: "cv.download", purpose: "CV downloaden" },
      { actorId: receiver.id, action: "cv.download", purpose: "CV downloaden" },
      { actorId: admin.id, actorRole: "ADMIN", action: "cv.download", purpose: "CV downloaden" },
    ]);
  });

  it("answers 404 to everyone else — also an employer the candidate consented to — and for a candidate without a CV", async () => {
    const { candidate, ownerActor } = await withCv();
    const { ownerActor: accountManager, employerActor: employer, organisation } = await createEmployerWithOwner();
    await prisma.consent.create({ data: { candidateId: candidate.id, purpose: "SHARE_WITH_EMPLOYER", organisationId: organisation.id, grantedAt: new Date() } });
    const pending = await createMediator({ partnerCode: "DOORSTROOMPUNT" });
    await prisma.handover.create({
      data: {
        candidateId: candidate.id,
        fromUserId: ownerActor.userId,
        toPartnerOrganisationId: pending.partnerOrganisationId!,
        reason: "Nog niet geaccepteerd",
        deadline: new Date(Date.now() + 86_400_000),
      },
    });
    const others: [string, Actor | null][] = [
      ["not logged in", null],
      ["other resident", actorFor((await createJobseeker()).user)],
      ["non-owner bemiddelaar", actorFor(await createMediator())],
      ["handover not accepted", actorFor(pending)],
      ["accountmanager", accountManager],
      ["employer with consent", employer],
      ["staff", actorFor(await createUser({ role: "REGIONAL_STAFF" }))],
    ];
    for (const [who, actor] of others) {
      const response = await cvDownloadResponse({ actor, candidateId: candidate.id });
      expect(response.status, who).toBe(404);
      expect(response.headers.get("content-type"), who).toContain("application/json");
    }
    const { candidate: withoutCv } = await setup();
    expect((await cvDownloadResponse({ actor: ownerActor, candidateId: withoutCv.id })).status).toBe(404);
    expect((await cvDownloadResponse({ actor: ownerActor, candidateId: "bestaat-niet" })).status).toBe(404);
    expect(await auditOf(candidate.id)).toEqual([]);
  });
});

describe("CV delete", () => {
  it("lets the resident delete their CV; others get NOT_FOUND", async () => {
    const { resident, candidate } = await setup();
    await uploadCandidateCv({ actor: resident, candidateId: candidate.id, fileName: "cv.pdf", bytes: minimalPdfBytes() });
    const otherResident = actorFor((await createJobseeker()).user);
    await expect(deleteCandidateCv({ actor: otherResident, input: { candidateId: candidate.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteCandidateCv({ actor: actorFor(await createMediator()), input: { candidateId: candidate.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await storedCv(candidate.id)).not.toBeNull();

    expect(await deleteCandidateCv({ actor: resident, input: { candidateId: candidate.id } })).toEqual({ deleted: true });
    expect(await storedCv(candidate.id)).toBeNull();
    expect(await deleteCandidateCv({ actor: resident, input: { candidateId: candidate.id } })).toEqual({ deleted: false });
    expect((await cvDownloadResponse({ actor: resident, candidateId: candidate.id })).status).toBe(404);
  });
});
