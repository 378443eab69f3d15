export type HealthReport = { status: "ok"; db: "ok" } | { status: "degraded"; db: "down" };

type Queryable = { $queryRaw: (query: TemplateStringsArray) => Promise<unknown> };

export async function checkHealth(database: Queryable): Promise<HealthReport> {
  try {
    await database.$queryRaw`SELECT 1`;
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "degraded", db: "down" };
  }
}
