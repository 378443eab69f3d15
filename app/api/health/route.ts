import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { checkHealth } from "@/lib/health/check-health";
import { noteDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db-unavailable";

export const dynamic = "force-dynamic";

/** 200 when the database answers; 503 with Retry-After while it cannot be reached (finding 15.9). */
export async function GET() {
  const report = await checkHealth(prisma);
  if (report.db === "ok") return Response.json(report, { headers: { "Cache-Control": "no-store" } });
  logger.error("health check: database unreachable");
  noteDatabaseUnavailable();
  return Response.json(report, {
    status: 503,
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}
