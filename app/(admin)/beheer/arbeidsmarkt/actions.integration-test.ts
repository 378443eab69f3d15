import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { figuresToCsv } from "@/lib/labour-market/figures-csv";
import { CSV_LIMITS } from "@/lib/labour-market/parse-labour-market-csv";
import { readFigures } from "@/lib/labour-market/read-figures";
import { seedReferenceData } from "@/prisma/seed/reference-data";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";

// The server actions end to end; the domain rules are tested in lib/labour-market/labour-market-admin.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { replaceLabourMarketFiguresAction, uploadLabourMarketCsvAction } = await import("./actions");

await seedReferenceData(prisma);
const template = figuresToCsv(await readFigures());
const csvFile = (text: string) => new File([text], "cijfers.csv", { type: "text/csv" });
const changed = template.replace(/^ww_duur;;totaal;2888;/m, "ww_duur;;totaal;2999;");

describe("the labour-market actions", () => {
  it("refuse every role but ADMIN, and without a login, and change nothing", async () => {
    session.actor = actorFor(await createUser({ role: "ADMIN" }));
    const upload = await uploadLabourMarketCsvAction({ file: csvFile(changed) });
    if (!upload.data?.ok) throw new Error("upload failed");
    const uploadId = upload.data.uploadId;
    const before = await readFigures();
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "EMPLOYER", "JOBSEEKER"] as const) {
      session.actor = actorFor(await createUser({ role }));
      expect(await uploadLabourMarketCsvAction({ file: csvFile(changed) }), role).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
      expect(await replaceLabourMarketFiguresAction({ uploadId }), role).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    }
    session.actor = null;
    expect((await uploadLabourMarketCsvAction({ file: csvFile(changed) })).serverError).toMatch(/niet ingelogd/);
    expect((await replaceLabourMarketFiguresAction({ uploadId })).serverError).toMatch(/niet ingelogd/);
    expect(await readFigures()).toEqual(before);
    expect(await prisma.labourMarketUpload.count()).toBe(1);
  });

  it("for ADMIN: a bad file gets its row errors and nothing changes; a good one is replaced after the preview", async () => {
    session.actor = actorFor(await createUser({ role: "ADMIN" }));
    const before = await readFigures();
    const pendingBefore = await prisma.labourMarketUpload.count();
    const bad = await uploadLabourMarketCsvAction({ file: csvFile(changed.replace(/^ww_duur;;korter_dan_6_maanden;1614;/m, "ww_duur;;korter_dan_6_maanden;1614,5;")) });
    expect(bad.data).toEqual({ ok: false, errors: [expect.stringMatching(/^Rij \d+, kolom waarde: vul een geheel getal in/)], moreErrors: 0 });
    const tooLarge = await uploadLabourMarketCsvAction({ file: csvFile("x".repeat(CSV_LIMITS.maxBytes + 1)) });
    expect(tooLarge.data).toEqual({ ok: false, errors: ["Het bestand is groter dan 1 MB. Upload alleen de cijfers, als CSV."], moreErrors: 0 });
    expect((await uploadLabourMarketCsvAction({ file: "geen bestand" } as never)).validationErrors?.fieldErrors.file?.[0]).toBe("Kies een CSV-bestand.");
    expect(await readFigures()).toEqual(before);
    expect(await prisma.labourMarketUpload.count()).toBe(pendingBefore);

    const good = await uploadLabourMarketCsvAction({ file: csvFile(`\uFEFF${changed.replace(/^\uFEFF/, "")}`) });
    if (!good.data?.ok) throw new Error("upload failed");
    expect(await readFigures()).toEqual(before);
    expect(await replaceLabourMarketFiguresAction({ uploadId: good.data.uploadId })).toEqual({ data: { replaced: before.length, alreadyDone: false } });
    expect((await readFigures()).find((row) => row.section === "ww_duur" && row.measure === "totaal")?.value).toBe(2999);
    expect((await replaceLabourMarketFiguresAction({ uploadId: "onbekend-id" })).serverError).toBe("U heeft geen toegang tot deze gegevens.");
  });
});
