import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth(prisma);
  if (report.db === "down") logger.error("health check: database unreachable");
  return Response.json(report, { status: report.db === "ok" ? 200 : 503 });
}
