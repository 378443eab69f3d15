import { describe, expect, it } from "vitest";
import { workReadyStatus, type StatusEntry } from "./work-ready-status";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const entry = (assessedOn: string, derivedWorkReady: boolean, overrideWorkReady: boolean | null = null, createdAt = assessedOn): StatusEntry => ({
  assessedOn: day(assessedOn),
  createdAt: new Date(`${createdAt}T12:00:00.000Z`),
  derivedWorkReady,
  overrideWorkReady,
});

describe("workReadyStatus", () => {
  it("is not werkfit without assessments", () => {
    expect(workReadyStatus([])).toEqual({ isWorkReady: false, since: null });
  });

  it("sets since to the date the status becomes true and keeps it while it stays true", () => {
    expect(workReadyStatus([entry("2026-01-10", false), entry("2026-02-10", true), entry("2026-03-10", true)])).toEqual({
      isWorkReady: true,
      since: day("2026-02-10"),
    });
  });

  it("clears since when the status becomes false, and starts again later", () => {
    expect(workReadyStatus([entry("2026-01-10", true), entry("2026-02-10", false)])).toEqual({ isWorkReady: false, since: null });
    expect(workReadyStatus([entry("2026-01-10", true), entry("2026-02-10", false), entry("2026-03-10", true)]).since).toEqual(day("2026-03-10"));
  });

  it("lets an override win over the derived value", () => {
    expect(workReadyStatus([entry("2026-01-10", false, true)])).toEqual({ isWorkReady: true, since: day("2026-01-10") });
    expect(workReadyStatus([entry("2026-01-10", true), entry("2026-02-10", true, false)])).toEqual({ isWorkReady: false, since: null });
  });

  it("puts an assessment recorded later with an earlier date in its place", () => {
    const history = [entry("2026-03-10", true, null, "2026-03-10"), entry("2026-02-10", true, null, "2026-03-20")];
    expect(workReadyStatus(history)).toEqual({ isWorkReady: true, since: day("2026-02-10") });
    const sameDay = [entry("2026-03-10", true, null, "2026-03-10"), entry("2026-03-10", false, null, "2026-03-11")];
    expect(workReadyStatus(sameDay).isWorkReady).toBe(false);
  });
});
