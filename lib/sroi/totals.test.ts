import { describe, expect, it } from "vitest";
import { sroiTotals } from "./totals";

describe("sroiTotals", () => {
  it("counts only approved deliveries and never goes past 100%", () => {
    const totals = sroiTotals(100_000n, [
      { status: "APPROVED", valueCents: 30_000n },
      { status: "REPORTED", valueCents: 50_000n },
      { status: "REJECTED", valueCents: 90_000n },
    ]);
    expect(totals).toEqual({ obligationCents: 100_000n, deliveredCents: 30_000n, pendingCents: 50_000n, openCents: 70_000n, percent: 30 });
    expect(sroiTotals(100_000n, [{ status: "APPROVED", valueCents: 150_000n }])).toMatchObject({ openCents: 0n, percent: 100 });
    expect(sroiTotals(100_000n, [])).toMatchObject({ deliveredCents: 0n, percent: 0 });
  });
});
