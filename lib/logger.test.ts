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
