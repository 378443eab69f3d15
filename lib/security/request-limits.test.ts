import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { ORDINARY_BODY_MAX_BYTES, refuseOversizedBody } from "./request-body-limit";

const post = (headers: Record<string, string>) => refuseOversizedBody("POST", new Headers(headers));

describe("the body size of ordinary requests (issue 15, finding 4)", () => {
  it("is 256 KB for server actions and for what the proxy buffers; the CV and CSV uploads have their own routes", () => {
    expect(ORDINARY_BODY_MAX_BYTES).toBe(256 * 1024);
    // "256kb" is 256 × 1024 bytes for Next's size parser.
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe("256kb");
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe("256kb");
  });

  it("refuses a declared body over 256 KB with 413 and a Dutch message, before anything is read", () => {
    expect(post({ "content-length": String(300 * 1024), "next-action": "abc" })).toEqual({ status: 413, message: expect.stringMatching(/te groot/) });
    expect(post({ "content-length": String(ORDINARY_BODY_MAX_BYTES + 1) })?.status).toBe(413);
  });

  it("lets a body of up to 256 KB through, and every GET or HEAD", () => {
    expect(post({ "content-length": String(ORDINARY_BODY_MAX_BYTES) })).toBeNull();
    expect(post({ "content-length": "0" })).toBeNull();
    expect(post({})).toBeNull();
    expect(refuseOversizedBody("GET", new Headers())).toBeNull();
    expect(refuseOversizedBody("HEAD", new Headers({ "content-length": "99999999" }))).toBeNull();
  });

  it("refuses a body of unknown length (chunked) with 411, and a nonsense length with 400", () => {
    expect(post({ "transfer-encoding": "chunked" })?.status).toBe(411);
    expect(post({ "content-length": "12abc" })?.status).toBe(400);
    expect(post({ "content-length": "-1" })?.status).toBe(400);
  });
});
