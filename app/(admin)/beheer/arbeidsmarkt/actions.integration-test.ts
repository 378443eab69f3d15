import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { figuresToCsv } from "@/lib/labour-market/figures-csv";
import { readFigures } from "@/lib/labour-market/read-figures";
import { uploadLabourMarketCsv } from "@/lib/labour-market/upload-labour-market-csv";
import { seedReferenceData } from "@/prisma/seed/reference-data";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";

// The server actions end to end; the domain rules are tested in lib/labour-market/labour-market-admin.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { replaceLabourMarketFiguresAction } = await import("./actions");

await seedReferenceData(prisma);
const template = figuresToCsv(await readFigures());
// The upload itself is a route handler now (lib/labour-market/csv-upload-response.integration-test.ts).
const uploadAs = (actor: Actor, text: string) => uploadLabourMarketCsv({ actor, file: new TextEncoder().encode(text) });
const changed = template.replace(/^ww_duur;;totaal;2888;/m, "ww_duur;;totaal;2999;");

describe("the labour-market actions", () => {
  it("refuse every role but ADMIN, and without a login, and change nothing", async () => {
    const upload = await uploadAs(actorFor(await createUser({ role: "ADMIN" })), changed);
    if (!upload.ok) throw new Error("upload failed");
    const uploadId = upload.uploadId;
    const before = await readFigures();
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "EMPLOYER", "JOBSEEKER"] as const) {
      session.actor = actorFor(await createUser({ role }));
      expect(await replaceLabourMarketFiguresAction({ uploadId }), role).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    }
    session.actor = null;
    expect((await replaceLabourMarketFiguresAction({ uploadId })).serverError).toMatch(/niet ingelogd/);
    expect(await readFigures()).toEqual(before);
    expect(await prisma.labourMarketUpload.count()).toBe(1);
  });

  it("for ADMIN: a good upload is replaced after the preview", async () => {
    session.actor = actorFor(await createUser({ role: "ADMIN" }));
    const before = await readFigures();
    const good = await uploadAs(session.actor, `\uFEFF${changed.replace(/^\uFEFF/, "")}`);
    if (!good.ok) throw new Error("upload failed");
    expect(await readFigures()).toEqual(before);
    expect(await replaceLabourMarketFiguresAction({ uploadId: good.uploadId })).toEqual({ data: { replaced: before.length, alreadyDone: false } });
    expect((await readFigures()).find((row) => row.section === "ww_duur" && row.measure === "totaal")?.value).toBe(2999);
    expect((await replaceLabourMarketFiguresAction({ uploadId: "onbekend-id" })).serverError).toBe("U heeft geen toegang tot deze gegevens.");
  });
});
