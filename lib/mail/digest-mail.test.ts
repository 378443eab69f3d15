import { describe, expect, it } from "vitest";
import { digestMailContent } from "./digest-mail";
import { renderMail } from "./render-mail";

describe("the daily digest mail", () => {
  it("counts per category in the catalogue's order, and links to the role's notifications page", () => {
    const content = digestMailContent({ proposals: 3, handovers: 1 }, "JOB_MEDIATOR");
    expect(content.subject).toBe("Uw dagelijkse overzicht: 4 nieuwe meldingen");
    expect(content.paragraphs).toContain("3 nieuwe meldingen over voordrachten");
    expect(content.paragraphs).toContain("1 nieuwe melding over overdrachten");
    expect(content.paragraphs.indexOf("3 nieuwe meldingen over voordrachten")).toBeLessThan(content.paragraphs.indexOf("1 nieuwe melding over overdrachten"));
    expect(content.action).toEqual({ label: "Bekijk uw meldingen", path: "/professional/meldingen" });
    const mail = renderMail(content, "https://portaal.example.nl");
    expect(mail.text).toContain("Bekijk uw meldingen: https://portaal.example.nl/professional/meldingen");
  });

  it("says one in the singular and leaves empty categories out", () => {
    const content = digestMailContent({ vacancies: 1, proposals: 0 }, "EMPLOYER");
    expect(content.subject).toBe("Uw dagelijkse overzicht: 1 nieuwe melding");
    expect(content.paragraphs.filter((paragraph) => paragraph.includes("nieuwe melding"))).toEqual(["1 nieuwe melding over vacatures"]);
    expect(content.action?.path).toBe("/werkgever/meldingen");
  });
});
