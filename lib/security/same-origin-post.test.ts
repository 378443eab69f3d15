import { afterEach, describe, expect, it, vi } from "vitest";
import { isSameOriginPost } from "./same-origin-post";

const post = (headers: Record<string, string>) => new Request("http://portal.example/api/upload", { method: "POST", headers });

describe("isSameOriginPost", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("accepts a post from the portal's own pages and refuses another origin or site", () => {
    expect(isSameOriginPost(post({ host: "portal.example", origin: "http://portal.example", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginPost(post({ host: "portal.example", origin: "http://evil.example" }))).toBe(false);
    expect(isSameOriginPost(post({ host: "portal.example", origin: "http://portal.example", "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOriginPost(post({ host: "portal.example" }))).toBe(false);
  });

  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const forged = post({ host: "portal.example", origin: "http://evil.example", "x-forwarded-host": "evil.example" });
    expect(isSameOriginPost(forged)).toBe(false);
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    const proxied = post({ host: "10.0.0.5:3000", origin: "https://portal.example", "x-forwarded-host": "portal.example" });
    expect(isSameOriginPost(proxied)).toBe(true);
  });
});
