import { describe, expect, it } from "vitest";
import { tableToCsv } from "@/lib/dashboard/table";
import type { ProgrammeOverview } from "./find-programmes";
import { figuresInWords, programmeMonitorTable, programmeTables } from "./programme-tables";

const programmes: ProgrammeOverview[] = [
  {
    id: "p1",
    code: "POW",
    name: "Perspectief op Werk",
    period: "2020-2021",
    figures: [{ key: "outflowToWork", label: "Uitstroom naar werk", target: 500, actual: 4 }],
    projects: [
      { id: "a", number: 7, name: "Gezamenlijke aanpak GGZ", status: "RED", ownerName: null, lastChange: null, figures: [{ key: "trajectories", label: "Trajecten", target: null, actual: 9 }] },
    ],
  },
];

describe("programme tables", () => {
  it("writes targets and the traffic light in words", () => {
    expect(figuresInWords([])).toBe("Geen doelen vastgelegd");
    const [table] = programmeTables(programmes);
    expect(table!.id).toBe("programma-pow");
    expect(table!.rows[0]!.map((cell) => cell.display)).toEqual(["7. Gezamenlijke aanpak GGZ", "Rood: vertraging of on hold", "Niet ingevuld", "Trajecten: 9 (geen doel)", "Nog niet gewijzigd"]);
  });

  it("exports every project with its programme as one CSV", () => {
    expect(tableToCsv(programmeMonitorTable(programmes)).split("\r\n")[1]).toBe(
      "Perspectief op Werk;2020-2021;7;Gezamenlijke aanpak GGZ;Rood: vertraging of on hold;Niet ingevuld;Trajecten: 9 (geen doel);Nog niet gewijzigd",
    );
  });
});
