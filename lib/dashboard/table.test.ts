import { describe, expect, it } from "vitest";
import { count, figure, people, tableToCsv, text, type DashboardTable } from "./table";

describe("dashboard cells", () => {
  it("keeps counts of things exact, hides 1–4 people and figures over 1–4 people", () => {
    expect(count(3)).toEqual({ display: "3", value: 3 });
    expect(people(3)).toEqual({ display: "< 5", value: null });
    expect(figure(3.25, 4)).toEqual({ display: "< 5", value: null });
    expect(figure(3.25, 12)).toEqual({ display: "3,3", value: 3.3 });
    expect(figure(41.5, 20, { decimals: 0, suffix: "%" })).toEqual({ display: "42%", value: 42 });
    expect(figure(null, 0)).toEqual({ display: "–", value: null });
  });

  it("exports the same cells as CSV, '< 5' included", () => {
    const table: DashboardTable = {
      id: "plaatsingen-per-contract",
      title: "Plaatsingen per contractvorm",
      columns: [{ label: "Contractvorm" }, { label: "Plaatsingen", numeric: true }, { label: "Gemiddeld uren", numeric: true }],
      rows: [
        [text("Vast"), people(12), figure(31.5, 12)],
        [text("Proefplaatsing"), people(2), figure(20, 2)],
      ],
    };
    expect(tableToCsv(table)).toBe("\uFEFFContractvorm;Plaatsingen;Gemiddeld uren\r\nVast;12;31,5\r\nProefplaatsing;< 5;< 5\r\n");
  });
});
