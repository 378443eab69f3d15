import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { findReportCommentaries } from "./find-report-commentaries";
import { saveReportCommentary } from "./save-report-commentary";
import { saveReportCommentarySchema } from "./schemas";

const actorWithRole = async (role: Role) => actorFor(await createUser({ role, name: `Test ${role}` }));

describe("report commentary", () => {
  it("staff save a commentary; saving again updates the same row", async () => {
    const staff = await actorWithRole("REGIONAL_STAFF");
    const first = await saveReportCommentary({ actor: staff, input: { period: "2026-10", section: "suwi", text: "  Meer adviezen over instrumenten.  " } });
    const admin = await actorWithRole("ADMIN");
    const second = await saveReportCommentary({ actor: admin, input: { period: "2026-10", section: "suwi", text: "Bijgewerkt na het uitvoeringsoverleg." } });
    expect(second.id).toBe(first.id);
    expect(await prisma.reportCommentary.count({ where: { period: "2026-10", section: "suwi" } })).toBe(1);

    const am = await actorWithRole("ACCOUNT_MANAGER");
    const read = await findReportCommentaries(am, "2026-10");
    expect(read.suwi).toMatchObject({ text: "Bijgewerkt na het uitvoeringsoverleg.", byName: "Test ADMIN" });
    expect(read.kpi).toBeUndefined();
  });

  it("a double submit at the same moment leaves one row", async () => {
    const staff = await actorWithRole("REGIONAL_STAFF");
    const input = { period: "2026-07", section: "programma", text: "Tweemaal verstuurd." };
    const [a, b] = await Promise.all([saveReportCommentary({ actor: staff, input }), saveReportCommentary({ actor: staff, input })]);
    expect(a.id).toBe(b.id);
    expect(await prisma.reportCommentary.count({ where: { period: "2026-07", section: "programma" } })).toBe(1);
  });

  it("keeps months and quarters apart and trims the text", async () => {
    const staff = await actorWithRole("REGIONAL_STAFF");
    await saveReportCommentary({ actor: staff, input: { period: "2026-Q3", section: "kpi", text: "  Kwartaal.  " } });
    await saveReportCommentary({ actor: staff, input: { period: "2026-09", section: "kpi", text: "Maand." } });
    expect((await findReportCommentaries(staff, "2026-Q3")).kpi?.text).toBe("Kwartaal.");
    expect((await findReportCommentaries(staff, "2026-09")).kpi?.text).toBe("Maand.");
  });

  it.each(["ACCOUNT_MANAGER", "JOB_MEDIATOR", "EMPLOYER", "JOBSEEKER"] as Role[])("refuses %s and stores nothing", async (role) => {
    const actor = await actorWithRole(role);
    await expect(saveReportCommentary({ actor, input: { period: "2026-11", section: "kpi", text: `Van ${role}` } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.reportCommentary.count({ where: { text: `Van ${role}` } })).toBe(0);
  });

  it.each(["EMPLOYER", "JOBSEEKER"] as Role[])("does not let %s read commentaries", async (role) => {
    await expect(findReportCommentaries(await actorWithRole(role), "2026-10")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a too long text, a year or a made-up chapter, with a Dutch message and nothing saved", async () => {
    const staff = await actorWithRole("REGIONAL_STAFF");
    const tooLong = { period: "2026-08", section: "programma", text: "x".repeat(2001) };
    const parsed = saveReportCommentarySchema.safeParse(tooLong);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["text"], message: "De toelichting is te lang. Gebruik maximaal 2000 tekens." });
    await expect(saveReportCommentary({ actor: staff, input: tooLong })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(saveReportCommentary({ actor: staff, input: { period: "2026", section: "kpi", text: "Jaar" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(saveReportCommentary({ actor: staff, input: { period: "2026-08", section: "bijlage", text: "Nee" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.reportCommentary.count({ where: { period: { in: ["2026-08", "2026"] } } })).toBe(0);
    await expect(saveReportCommentary({ actor: staff, input: { ...tooLong, text: "x".repeat(2000) } })).resolves.toMatchObject({ id: expect.any(String) });
  });
});
