import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { findFreePort } from "@/scripts/lib/free-port";
import { checkHealth } from "./check-health";

// The route that serves it is tested in app/api/health/health.integration-test.ts.
describe("health", () => {
  it("reports ok when the database answers", async () => {
    expect(await checkHealth(prisma)).toEqual({ status: "ok", db: "ok" });
  });

  it("reports the database as down when nothing listens", async () => {
    const closedPort = await findFreePort();
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: `postgresql://nobody:x@127.0.0.1:${closedPort}/none`, connectionTimeoutMillis: 2000 }),
    });
    expect(await checkHealth(unreachable)).toEqual({ status: "degraded", db: "down" });
    await unreachable.$disconnect();
  });
});
