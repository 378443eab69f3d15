import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { lines, stream };
}

describe("logger", () => {
  it("redacts personal data at the top level and one level deep", () => {
    process.env.LOG_LEVEL = "info";
    const { lines, stream } = capture();
    const log = createLogger(stream);
    log.info({ email: "jan@example.nl", user: { name: "Jan Jansen", phone: "0612345678", role: "JOBSEEKER" } }, "login");
    const line = lines.join("");
    expect(line).not.toContain("jan@example.nl");
    expect(line).not.toContain("Jan Jansen");
    expect(line).not.toContain("0612345678");
    expect(line).toContain("JOBSEEKER");
    expect(JSON.parse(line)).toMatchObject({ msg: "login", email: "[verwijderd]" });
  });
});

describe("logger and candidate records (X3: logs never hold personal data)", () => {
  // Every personal column of Candidate, with values that are easy to find in a log line.
  const candidate = {
    id: "cand_123",
    firstName: "Zeldzame",
    lastName: "Achternaam",
    email: "zeldzame@voorbeeld.nl",
    phone: "0698765432",
    birthDate: "1987-06-05",
    gender: "vrouw",
    postcode: "1234 XY",
    cvFileName: "cv-zeldzame-achternaam.pdf",
    ownerId: "user_9",
  };
  const personal = ["Zeldzame", "Achternaam", "zeldzame@voorbeeld.nl", "0698765432", "1987-06-05", "vrouw", "1234 XY", "cv-zeldzame"];

  it("redacts every personal field of a candidate logged as a whole, at the top level or one level deep", () => {
    process.env.LOG_LEVEL = "info";
    for (const object of [candidate, { candidate }]) {
      const { lines, stream } = capture();
      createLogger(stream).info(object, "candidate saved");
      const line = lines.join("");
      for (const value of personal) expect(line).not.toContain(value);
      expect(line).toContain("cand_123");
      expect(line).toContain("user_9");
    }
  });
});
