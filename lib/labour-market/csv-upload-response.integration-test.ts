import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { seedReferenceData } from "@/prisma/seed/reference-data";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { CSV_UPLOAD_PATH, csvUploadResponse } from "./csv-upload-response";
import { figuresToCsv } from "./figures-csv";
import { CSV_LIMITS } from "./parse-labour-market-csv";
import { readFigures } from "./read-figures";

// The labour-market CSV has its own route (issue 15, finding 4): ordinary requests are capped at 256 KB, the CSV at 1 MB.
const ORIGIN = "http://localhost:3000";

await seedReferenceData(prisma);
const template = figuresToCsv(await readFigures());
const changed = new TextEncoder().encode(template.replace(/^ww_duur;;totaal;2888;/m, "ww_duur;;totaal;2999;"));

function csvRequest(body: Uint8Array | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  const all: Record<string, string> = { origin: ORIGIN, host: "localhost:3000", "sec-fetch-site": "same-origin", "content-type": "text/csv", ...headers };
  if (body instanceof Uint8Array && !("content-length" in all)) all["content-length"] = String(body.byteLength);
  return new Request(`${ORIGIN}${CSV_UPLOAD_PATH}`, { method: "POST", headers: all, body: body as BodyInit, duplex: "half" } as RequestInit);
}

async function send(actor: Actor | null, request: Request) {
  const response = await csvUploadResponse({ request, actor });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const admin = async () => actorFor(await createUser({ role: "ADMIN" }));

describe("the labour-market CSV upload route", () => {
  it("stores a proper upload for ADMIN as a pending upload and answers its id", async () => {
    const before = await prisma.labourMarketUpload.count();
    const answer = await send(await admin(), csvRequest(changed));
    expect(answer).toEqual({ status: 200, body: { ok: true, uploadId: expect.any(String) } });
    expect(await prisma.labourMarketUpload.count()).toBe(before + 1);
  });

  it("answers a bad file with its row errors and stores nothing", async () => {
    const before = await prisma.labourMarketUpload.count();
    const bad = new TextEncoder().encode(template.replace(/^ww_duur;;totaal;2888;/m, "ww_duur;;totaal;28,5;"));
    const answer = await send(await admin(), csvRequest(bad));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Rij \d+, kolom waarde/)] });
    expect(await prisma.labourMarketUpload.count()).toBe(before);
  });

  it("refuses a declared or streamed body over 1 MB with 413 and a Dutch message, storing nothing", async () => {
    const actor = await admin();
    const before = await prisma.labourMarketUpload.count();
    const declared = await send(actor, csvRequest(new Uint8Array(16), { "content-length": String(CSV_LIMITS.maxBytes + 1) }));
    expect(declared).toEqual({ status: 413, body: { ok: false, errors: ["Het bestand is groter dan 1 MB. Upload alleen de cijfers, als CSV."], moreErrors: 0 } });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x41));
      },
    });
    const streamed = await send(actor, csvRequest(endless, { "transfer-encoding": "chunked" }));
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(CSV_LIMITS.maxBytes + 256 * 1024);
    expect(await prisma.labourMarketUpload.count()).toBe(before);
  });

  it("refuses a cross-site post: another Origin, none, or a cross-site fetch", async () => {
    const actor = await admin();
    const before = await prisma.labourMarketUpload.count();
    for (const headers of [{ origin: "https://evil.example" }, { origin: "" }, { "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }] as Record<string, string>[]) {
      const request = csvRequest(changed, headers);
      if (headers.origin === "") request.headers.delete("origin");
      expect((await send(actor, request)).status, JSON.stringify(headers)).toBe(403);
    }
    expect(await prisma.labourMarketUpload.count()).toBe(before);
  });

  it("refuses every role but ADMIN and a visitor without a session, storing nothing", async () => {
    const before = await prisma.labourMarketUpload.count();
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "EMPLOYER", "JOBSEEKER"] as const) {
      expect((await send(actorFor(await createUser({ role })), csvRequest(changed))).status, role).toBe(404);
    }
    expect((await send(null, csvRequest(changed))).status).toBe(401);
    expect(await prisma.labourMarketUpload.count()).toBe(before);
  });
});
