import { describe, expect, it } from "vitest";
import { findFreePort } from "@/scripts/lib/free-port";

// Finding 15.9: while the database is unreachable the health endpoint says so with 503 and Retry-After, never 500.
// Point the application's client at a port where nothing listens, before anything imports lib/db.
process.env.DATABASE_URL = `postgresql://nobody:x@127.0.0.1:${await findFreePort()}/none`;
const { GET } = await import("./route");

describe("GET /api/health with the database down", () => {
  it("answers 503 with db: down, Retry-After and no caching", async () => {
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", db: "down" });
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });
});
