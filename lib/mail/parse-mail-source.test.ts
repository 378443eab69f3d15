import { describe, expect, it } from "vitest";
import { decodeHeader, parseMailSource } from "./parse-mail-source";

const MULTIPART = [
  "From: Werkcentrum <noreply@werkcentrum.test>",
  "Subject: =?UTF-8?Q?=C3=89=C3=A9n_bericht?=",
  'Content-Type: multipart/alternative;',
  ' boundary="--_b1"',
  "",
  "----_b1",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "Beste,=0A=0AEen lange regel die is afgebroken met een zachte =",
  "regeleinde: https://p.nl/a?b=3D1",
  "----_b1",
  "Content-Type: text/html; charset=utf-8",
  "",
  "<p>Beste,</p>",
  "----_b1--",
  "",
].join("\r\n");

describe("parseMailSource", () => {
  it("finds and decodes the plain-text part and the subject of a multipart mail", () => {
    expect(parseMailSource(MULTIPART)).toEqual({
      subject: "Één bericht",
      text: "Beste,\n\nEen lange regel die is afgebroken met een zachte regeleinde: https://p.nl/a?b=1",
    });
  });

  it("reads a single-part base64 mail and base64 encoded words", () => {
    const source = `Subject: =?UTF-8?B?${Buffer.from("Uitnodiging ✓").toString("base64")}?=\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n${Buffer.from("Hallo Één").toString("base64")}\n`;
    expect(parseMailSource(source)).toEqual({ subject: "Uitnodiging ✓", text: "Hallo Één" });
    expect(decodeHeader("Gewoon onderwerp")).toBe("Gewoon onderwerp");
  });
});
