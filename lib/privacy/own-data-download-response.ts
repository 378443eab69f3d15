import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { todayIso } from "@/lib/time/calendar-dates";
import { exportOwnData, serialiseOwnData } from "./export-own-data";

const NO_STORE = { "Cache-Control": "no-store" };

function notFound(): Response {
  return new Response(JSON.stringify({ error: "Niet gevonden." }), {
    status: 404,
    headers: { ...NO_STORE, "Content-Type": "application/json; charset=utf-8" },
  });
}

/**
 * GET /werkzoekende/privacy/download: the logged-in resident's own data as a JSON attachment. Anyone
 * else (not logged in, another role) gets a plain 404. Logs ids only, never the content.
 */
export async function ownDataDownloadResponse({ actor, now = new Date() }: { actor: Actor | null; now?: Date }): Promise<Response> {
  if (!actor) return notFound();
  try {
    const body = serialiseOwnData(await exportOwnData({ actor, now }));
    logger.info({ userId: actor.userId }, "own data exported");
    return new Response(body, {
      status: 200,
      headers: {
        ...NO_STORE,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="mijn-gegevens-${todayIso(now)}.json"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error)) return notFound();
    throw error;
  }
}
