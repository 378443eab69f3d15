import { describe, expect, it } from "vitest";
import { attachmentDisposition, sanitizeCvFileName } from "./sanitize-file-name";

describe("sanitizeCvFileName", () => {
  it("keeps an ordinary name", () => {
    expect(sanitizeCvFileName("Cv Nadia Boukhari 2026.pdf")).toBe("Cv Nadia Boukhari 2026.pdf");
    expect(sanitizeCvFileName("cv-josé_(nieuw).PDF")).toBe("cv-josé_(nieuw).pdf");
  });

  it("drops paths, markup and control characters", () => {
    expect(sanitizeCvFileName("C:\\Users\\x\\..\\cv.pdf")).toBe("cv.pdf");
    expect(sanitizeCvFileName("../../etc/passwd")).toBe("passwd.pdf");
    expect(sanitizeCvFileName('<script>alert("x")</script>.pdf')).toBe("script.pdf");
    expect(sanitizeCvFileName("<img src=x onerror=alert(1)>.pdf")).toBe("img src_x onerror_alert(1).pdf");
    expect(sanitizeCvFileName("cv\u0000\r\nX.pdf")).toBe("cv_X.pdf");
  });

  it("always ends in .pdf, falls back to cv.pdf and stays short", () => {
    expect(sanitizeCvFileName("foto.png")).toBe("foto.png.pdf");
    expect(sanitizeCvFileName("")).toBe("cv.pdf");
    expect(sanitizeCvFileName(null)).toBe("cv.pdf");
    expect(sanitizeCvFileName("...")).toBe("cv.pdf");
    const long = sanitizeCvFileName(`${"a".repeat(300)}.pdf`);
    expect(long).toHaveLength(100);
    expect(long.endsWith(".pdf")).toBe(true);
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name", () => {
    expect(attachmentDisposition("cv josé.pdf")).toBe(`attachment; filename="cv jos_.pdf"; filename*=UTF-8''cv%20jos%C3%A9.pdf`);
  });
});
