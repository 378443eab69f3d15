import { getEvent } from "@/lib/events/get-event";
import { eventIcs } from "@/lib/events/ics";
import { currentTime } from "@/lib/time/current-time";
import { recordIdSchema } from "@/lib/forms/record-id";

/** The calendar file of a non-cancelled event; public like the event page itself. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = recordIdSchema.safeParse((await params).id);
  const event = parsed.success ? await getEvent(parsed.data) : null;
  if (!event || event.cancelledAt) return new Response("Dit evenement is niet gevonden.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = eventIcs(event, { host: new URL(request.url).hostname, now: await currentTime() });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="evenement-${event.id}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
