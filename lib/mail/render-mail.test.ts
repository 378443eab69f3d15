import { describe, expect, it } from "vitest";
import { escapeHtml, renderMail } from "./render-mail";

describe("renderMail", () => {
  it("writes the same message as plain text and as HTML, with the link into the portal", () => {
    const mail = renderMail({ subject: "Er staat iets voor u klaar", paragraphs: ["Er is een nieuwe melding."], action: { label: "Bekijk de melding", path: "/meldingen" } }, "https://portal.example.nl/");
    expect(mail.subject).toBe("Er staat iets voor u klaar");
    expect(mail.text).toContain("Er is een nieuwe melding.\n\nBekijk de melding: https://portal.example.nl/meldingen");
    expect(mail.html).toContain('<a href="https://portal.example.nl/meldingen"');
    expect(mail.html).toContain('<html lang="nl">');
  });

  it("escapes every value in the HTML", () => {
    const mail = renderMail({ subject: "<b>x</b>", paragraphs: ['<script>alert("x")</script> & \'y\''], action: { label: "<img>", path: "/a?b=1&c=2" } }, "https://p.nl");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    expect(mail.html).toContain('href="https://p.nl/a?b=1&amp;c=2"');
    expect(escapeHtml("&<>\"'")).toBe("&amp;&lt;&gt;&quot;&#39;");
  });

  it("refuses a link that leaves the portal", () => {
    for (const path of ["https://evil.example", "//evil.example", "/\\evil.example"]) {
      expect(() => renderMail({ subject: "x", paragraphs: [], action: { label: "x", path } }, "https://p.nl")).toThrow();
    }
  });
});
