import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addDaysIso, isoToDbDate, todayIso } from "@/lib/time/calendar-dates";
import { actorFor } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";
import { findInstrumentsForReview } from "./find-instruments-for-review";
import { getInstrument } from "./get-instrument";
import { markInstrumentChecked } from "./mark-instrument-checked";
import { updateInstrument } from "./update-instrument";

async function createInstrument(checkedOn = "2026-03-18", name = "Jobcoaching") {
  const code = `T_${uniqueSuffix().replace(/[^a-z0-9]/gi, "_").toUpperCase()}`;
  await prisma.instrument.create({
    data: { code, name, kind: "werkvoorziening", providers: ["UWV"], executedBy: "bemiddelaar", summary: "Begeleiding op de werkvloer.", forWhom: "Werknemers", checkedOn: isoToDbDate(checkedOn) },
  });
  return code;
}

const admin = async () => actorFor(await createUser({ role: "ADMIN" }));
const form = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  summary: "Een jobcoach begeleidt de werknemer.",
  forWhom: "Werknemers met een arbeidsbeperking",
  conditions: "Alleen met een indicatie van UWV.",
  amounts: "Maximaal € 5.000 per jaar",
  typicalDuration: "",
  links: "UWV | https://www.uwv.nl/jobcoach\nhttps://www.rijksoverheid.nl/jobcoach",
  checkedOn: "2026-11-01",
  ...overrides,
});

describe("updateInstrument", () => {
  it("stores texts, amounts, links in order and the check date, with an audit entry, all at once", async () => {
    const actor = await admin();
    const code = await createInstrument();
    await updateInstrument({ actor, input: form(code) });
    const instrument = await getInstrument({ code });
    expect(instrument).toMatchObject({ conditions: "Alleen met een indicatie van UWV.", amounts: "Maximaal € 5.000 per jaar", typicalDuration: null });
    expect(instrument?.links).toEqual([
      { label: "UWV", url: "https://www.uwv.nl/jobcoach" },
      { label: "www.rijksoverheid.nl", url: "https://www.rijksoverheid.nl/jobcoach" },
    ]);
    expect(instrument?.checkedOn.toISOString().slice(0, 10)).toBe("2026-11-01");
    expect(await prisma.auditLog.findMany({ where: { entityId: code }, select: { action: true, actorId: true } })).toEqual([{ action: "instrument.update", actorId: actor.userId }]);

    // Saving again replaces the links (no duplicates), and fewer links remove the rest.
    await updateInstrument({ actor, input: form(code, { links: "" }) });
    expect((await getInstrument({ code }))?.links).toEqual([]);
  });

  it("refuses a check date in the future, an unknown code and bad links, and changes nothing", async () => {
    const actor = await admin();
    const code = await createInstrument();
    await expect(updateInstrument({ actor, input: form(code, { checkedOn: addDaysIso(todayIso(), 2) }) })).rejects.toMatchObject({ field: "checkedOn" });
    await expect(updateInstrument({ actor, input: form("ONBEKEND") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateInstrument({ actor, input: form(code, { links: "http://www.uwv.nl" }) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await getInstrument({ code })).toMatchObject({ conditions: null, amounts: null, links: [] });
    expect(await prisma.auditLog.count({ where: { entityId: code } })).toBe(0);
  });

  it("is refused for every role but ADMIN", async () => {
    const code = await createInstrument();
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "EMPLOYER", "JOBSEEKER"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(updateInstrument({ actor, input: form(code) }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(markInstrumentChecked({ actor, input: { code } }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findInstrumentsForReview({ actor, now: new Date() }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("markInstrumentChecked", () => {
  it("sets 'laatst gecontroleerd' to today in Amsterdam, audited", async () => {
    const actor = await admin();
    const code = await createInstrument("2025-01-01");
    const result = await markInstrumentChecked({ actor, input: { code } });
    expect(result.checkedOn.toISOString().slice(0, 10)).toBe(todayIso());
    expect((await getInstrument({ code }))?.checkedOn.toISOString().slice(0, 10)).toBe(todayIso());
    expect(await prisma.auditLog.count({ where: { entityId: code, action: "instrument.check" } })).toBe(1);
    await expect(markInstrumentChecked({ actor, input: { code: "ONBEKEND" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("findInstrumentsForReview (the 'Te controleren' list)", () => {
  it("lists instruments checked six months ago or longer, oldest first, and not those checked a day later", async () => {
    const actor = await admin();
    const now = new Date("2026-12-06T23:30:00Z"); // 7 December in Amsterdam
    const due = await createInstrument("2026-06-07", "Precies zes maanden");
    const older = await createInstrument("2026-01-15", "Veel ouder");
    const notYet = await createInstrument("2026-06-08", "Een dag later");
    const { all, dueForReview } = await findInstrumentsForReview({ actor, now });
    const codes = dueForReview.map((row) => row.code);
    expect(codes.indexOf(older)).toBeLessThan(codes.indexOf(due));
    expect(codes).toContain(due);
    expect(codes).not.toContain(notYet);
    expect(all.find((row) => row.code === notYet)?.dueForReview).toBe(false);
  });
});
