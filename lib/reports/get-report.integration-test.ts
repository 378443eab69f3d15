import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { parsePeriod } from "@/lib/dashboard/period";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { getReport } from "./get-report";
import { saveReportCommentary } from "./save-report-commentary";

const october = parsePeriod("2026-10")!;
const actorWithRole = async (role: Role) => actorFor(await createUser({ role, name: `Test ${role}` }));

describe("getReport", () => {
  it("gives professionals the D1–D3 figures and the commentaries of the period", async () => {
    const staff = await actorWithRole("REGIONAL_STAFF");
    await saveReportCommentary({ actor: staff, input: { period: "2026-10", section: "kpi", text: "Rustige maand." } });
    const am = await actorWithRole("ACCOUNT_MANAGER");
    const report = await getReport(am, october);
    expect(report.filters.previous.key).toBe("2026-09");
    expect(report.kpi.tables.length).toBeGreaterThan(0);
    expect(report.suwi.map((table) => table.id)).toEqual(["suwi-diensten", "suwi-bewijs"]);
    expect(report.commentaries.kpi?.text).toBe("Rustige maand.");
  });

  it.each(["EMPLOYER", "JOBSEEKER"] as Role[])("refuses %s", async (role) => {
    await expect(getReport(await actorWithRole(role), october)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
