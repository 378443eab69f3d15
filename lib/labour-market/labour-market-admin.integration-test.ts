import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { seedReferenceData } from "@/prisma/seed/reference-data";
import { figuresToCsv } from "./figures-csv";
import { getLabourMarket } from "./get-labour-market";
import { getLabourMarketTemplate } from "./get-labour-market-template";
import { getLabourMarketUpload } from "./get-labour-market-upload";
import { labourMarket } from "./labour-market-data";
import { readFigures } from "./read-figures";
import { replaceLabourMarketFigures } from "./replace-labour-market-figures";
import { uploadLabourMarketCsv } from "./upload-labour-market-csv";

const bytes = (text: string) => new TextEncoder().encode(text);
const admin = async () => actorFor(await createUser({ role: "ADMIN" }));
/** The current template with one figure's value replaced. */
const edited = (template: string, line: string, value: string) => template.replace(new RegExp(`^${line};[^;]*;`, "m"), `${line};${value};`);

beforeEach(async () => {
  await prisma.labourMarketFigure.deleteMany({});
  await prisma.labourMarketUpload.deleteMany({});
  await seedReferenceData(prisma);
});

describe("the figures as data", () => {
  it("are seeded from labour-market.json and give the page exactly the published figures", async () => {
    const { _source, ...published } = labourMarket;
    expect(_source).toBeTruthy();
    expect(await getLabourMarket()).toEqual(published);
    // The seed does not overwrite figures an admin replaced.
    const before = await readFigures();
    await prisma.labourMarketFigure.updateMany({ where: { section: "kerncijfers", measure: "inwoners_2040" }, data: { value: 1 } });
    await seedReferenceData(prisma);
    expect((await readFigures()).find((row) => row.measure === "inwoners_2040")?.value).toBe(1);
    expect(before).toHaveLength((await readFigures()).length);
  });
});

describe("upload, preview and Vervangen", () => {
  it("a file with a bad row is answered with the row and column, and changes and stores nothing", async () => {
    const actor = await admin();
    const template = await getLabourMarketTemplate(actor);
    const before = await readFigures();
    const bad = edited(edited(template, "kerncijfers;;inwoners_2040", "261500"), "banenafspraak;;doel_regio", "veel");
    const outcome = await uploadLabourMarketCsv({ actor, file: bytes(bad) });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors).toEqual([expect.stringMatching(/^Rij \d+, kolom waarde: "veel" is geen getal/)]);
    expect(await readFigures()).toEqual(before);
    expect(await prisma.labourMarketUpload.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "labourMarket.replace", actorId: actor.userId } })).toBe(0);
  });

  it("a good file is previewed with what changes, and only Vervangen replaces the figures, once, audited", async () => {
    const actor = await admin();
    const template = await getLabourMarketTemplate(actor);
    const before = await readFigures();
    // One figure changed, one age group dropped (it disappears), one year added.
    const file = edited(template, "kerncijfers;;inwoners_2040", "261500").replace(/^werkzoekenden_leeftijd;<27;.*\r\n/gm, "") + "banen;2030;werknemers;110000;\r\nbanen;2030;zelfstandigen;44000;\r\nbanen;2030;prognose;1;\r\n";
    const outcome = await uploadLabourMarketCsv({ actor, file: bytes(file) });
    if (!outcome.ok) throw new Error(outcome.errors.join("\n"));
    expect(await readFigures()).toEqual(before);

    const preview = await getLabourMarketUpload({ actor, uploadId: outcome.uploadId });
    expect(preview.stale).toBe(false);
    expect(preview.comparison.counts).toEqual({ changed: 1, new: 3, removed: 2, unchanged: before.length - 3 });
    expect(preview.comparison.rows.find((row) => row.change === "changed")).toMatchObject({ measure: "inwoners_2040", previous: 261000, value: 261500 });

    expect(await replaceLabourMarketFigures({ actor, input: { uploadId: outcome.uploadId } })).toEqual({ replaced: before.length + 1, alreadyDone: false });
    const page = await getLabourMarket();
    expect(page?.headline.inhabitants2040).toBe(261500);
    expect(page?.registeredJobseekersByAgeSept2025.map((row) => row.age)).toEqual(["27-50", ">=50"]);
    expect(page?.jobs.at(-1)).toEqual({ year: 2030, employees: 110000, selfEmployed: 44000, forecast: true });
    const after = await readFigures();

    // A second click (or the same request again) changes nothing.
    expect(await replaceLabourMarketFigures({ actor, input: { uploadId: outcome.uploadId } })).toEqual({ replaced: before.length + 1, alreadyDone: true });
    expect(await readFigures()).toEqual(after);
    expect(await prisma.auditLog.findMany({ where: { action: "labourMarket.replace", actorId: actor.userId }, select: { actorId: true, entityId: true, purpose: true } })).toEqual([
      { actorId: actor.userId, entityId: outcome.uploadId, purpose: "Arbeidsmarktcijfers vervangen (1 gewijzigd, 3 nieuw, 2 vervallen)" },
    ]);
  });

  it("double clicks at the same moment replace once", async () => {
    const actor = await admin();
    const outcome = await uploadLabourMarketCsv({ actor, file: bytes(edited(await getLabourMarketTemplate(actor), "ww_duur;;totaal", "2900")) });
    if (!outcome.ok) throw new Error(outcome.errors.join("\n"));
    const results = await Promise.all([1, 2, 3].map(() => replaceLabourMarketFigures({ actor, input: { uploadId: outcome.uploadId } })));
    expect(results.filter((result) => !result.alreadyDone)).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { action: "labourMarket.replace", entityId: outcome.uploadId } })).toBe(1);
    expect((await getLabourMarket())?.wwJuly2025.total).toBe(2900);
  });

  it("refuses an upload whose preview is out of date: the figures changed after it was made", async () => {
    const actor = await admin();
    const template = await getLabourMarketTemplate(actor);
    const first = await uploadLabourMarketCsv({ actor, file: bytes(edited(template, "ww_duur;;totaal", "2900")) });
    const second = await uploadLabourMarketCsv({ actor, file: bytes(edited(template, "ww_duur;;totaal", "3000")) });
    if (!first.ok || !second.ok) throw new Error("upload failed");
    await replaceLabourMarketFigures({ actor, input: { uploadId: first.uploadId } });
    expect((await getLabourMarketUpload({ actor, uploadId: second.uploadId })).stale).toBe(true);
    await expect(replaceLabourMarketFigures({ actor, input: { uploadId: second.uploadId } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getLabourMarket())?.wwJuly2025.total).toBe(2900);
    expect((await prisma.labourMarketUpload.findUniqueOrThrow({ where: { id: second.uploadId } })).appliedAt).toBeNull();
  });

  it("an unknown upload is not found; a stored upload that is no longer valid changes nothing", async () => {
    const actor = await admin();
    await expect(getLabourMarketUpload({ actor, uploadId: "bestaat-niet" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(replaceLabourMarketFigures({ actor, input: { uploadId: "bestaat-niet" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const before = await readFigures();
    const { figuresHash } = await import("./compare-figures");
    const forged = await prisma.labourMarketUpload.create({
      data: { contentHash: "x", baseHash: figuresHash(before), rows: [{ section: "kerncijfers", category: "", measure: "inwoners_2025", value: -1 }], uploadedById: actor.userId },
    });
    await expect(replaceLabourMarketFigures({ actor, input: { uploadId: forged.id } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await readFigures()).toEqual(before);
  });

  it("is refused for every role but ADMIN", async () => {
    const owner = await admin();
    const outcome = await uploadLabourMarketCsv({ actor: owner, file: bytes(figuresToCsv(await readFigures())) });
    if (!outcome.ok) throw new Error("upload failed");
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "EMPLOYER", "JOBSEEKER"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(getLabourMarketTemplate(actor), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(uploadLabourMarketCsv({ actor, file: bytes("x") }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getLabourMarketUpload({ actor, uploadId: outcome.uploadId }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(replaceLabourMarketFigures({ actor, input: { uploadId: outcome.uploadId } }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.auditLog.count({ where: { action: "labourMarket.replace", entityId: outcome.uploadId } })).toBe(0);
    expect((await prisma.labourMarketUpload.findUniqueOrThrow({ where: { id: outcome.uploadId } })).appliedAt).toBeNull();
  });
});
