import { describe, expect, it } from "vitest";
import { minimalPdfBytes, pngBytes } from "./__fixtures__/pdf-bytes";
import { checkPdfBytes } from "./pdf-check";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkPdfBytes", () => {
  it("accepts a real minimal PDF", () => {
    expect(checkPdfBytes(minimalPdfBytes())).toBe("ok");
  });

  it("accepts trailing line ends or padding after %%EOF", () => {
    const pdf = minimalPdfBytes();
    const padded = new Uint8Array(pdf.length + 300);
    padded.set(pdf);
    padded.fill(0x20, pdf.length);
    expect(checkPdfBytes(padded)).toBe("ok");
  });

  it("refuses a PNG renamed to .pdf (the name is never looked at)", () => {
    expect(checkPdfBytes(pngBytes())).toBe("notPdf");
  });

  it("refuses an empty file", () => {
    expect(checkPdfBytes(new Uint8Array(0))).toBe("empty");
  });

  it("refuses a truncated PDF (no %%EOF at the end)", () => {
    const pdf = minimalPdfBytes();
    expect(checkPdfBytes(pdf.slice(0, Math.floor(pdf.length / 2)))).toBe("truncated");
    expect(checkPdfBytes(bytes("%PDF-"))).toBe("truncated");
  });

  it("refuses %%EOF far from the end, and text that merely mentions a PDF", () => {
    const pdf = minimalPdfBytes();
    const tail = new Uint8Array(pdf.length + 4096);
    tail.set(pdf);
    tail.fill(0x41, pdf.length);
    expect(checkPdfBytes(tail)).toBe("truncated");
    expect(checkPdfBytes(bytes(" %PDF-1.4 ... %%EOF"))).toBe("notPdf");
    expect(checkPdfBytes(bytes("<script>alert(1)</script>%%EOF"))).toBe("notPdf");
  });
});
