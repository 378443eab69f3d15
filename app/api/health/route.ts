import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", db: "ok" });
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.message : "unknown" }, "health check: database unreachable");
    return Response.json({ status: "degraded", db: "down" }, { status: 503 });
  }
}
