import { z } from "zod";
import type { EventAudience, EventKind } from "@/generated/prisma/enums";
import { freeText } from "@/lib/forms/free-text";
import { amsterdamDateTime } from "@/lib/time/amsterdam-time";

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  JOB_FAIR: "Banenmarkt",
  SPEED_DATE: "Speeddate",
  MEET_AND_GREET: "Meet & greet",
  THEME_SESSION: "Themasessie",
};
export const EVENT_AUDIENCE_LABELS: Record<EventAudience, string> = {
  EMPLOYERS: "Werkgevers",
  RESIDENTS: "Inwoners",
  BOTH: "Werkgevers en inwoners",
};
export const EVENT_KINDS = Object.keys(EVENT_KIND_LABELS) as [EventKind, ...EventKind[]];
export const EVENT_AUDIENCES = Object.keys(EVENT_AUDIENCE_LABELS) as [EventAudience, ...EventAudience[]];

export const TITLE_MAX_LENGTH = 150;
export const THEME_MAX_LENGTH = 100;
export const DESCRIPTION_MAX_LENGTH = 4000;
export const LOCATION_MAX_LENGTH = 200;
export const MAX_CAPACITY = 1000;
export const FULL_MESSAGE = "Vol: er zijn geen plaatsen meer vrij voor dit evenement.";
export const AUDIENCE_MESSAGE = "Dit evenement is niet bedoeld voor uw soort account.";

const id = (message: string) => z.string({ error: message }).min(1, message).max(64, message);

export const FUTURE_MESSAGE = "Kies een datum en begintijd in de toekomst.";

/** The fields of an event (A6); date and times are Amsterdam time. */
const eventFields = z.object({
  title: freeText({ required: "Vul een titel in.", max: TITLE_MAX_LENGTH, tooLong: `De titel mag maximaal ${TITLE_MAX_LENGTH} tekens hebben.` }),
  kind: z.enum(EVENT_KINDS, { error: "Kies een soort evenement uit de lijst." }),
  theme: freeText({ max: THEME_MAX_LENGTH, tooLong: `Het thema mag maximaal ${THEME_MAX_LENGTH} tekens hebben.` })
    .optional()
    .transform((value) => (value ? value : undefined)),
  description: freeText({
    required: "Beschrijf het evenement.",
    max: DESCRIPTION_MAX_LENGTH,
    tooLong: `De beschrijving mag maximaal ${DESCRIPTION_MAX_LENGTH} tekens hebben.`,
  }),
  date: z.string({ error: "Vul een datum in." }).regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in, bijvoorbeeld 24-11-2026."),
  startTime: z.string({ error: "Vul een begintijd in." }).regex(/^\d{2}:\d{2}$/, "Vul een begintijd in, bijvoorbeeld 13:00."),
  endTime: z.string({ error: "Vul een eindtijd in." }).regex(/^\d{2}:\d{2}$/, "Vul een eindtijd in, bijvoorbeeld 17:00."),
  location: freeText({ required: "Vul een locatie in.", max: LOCATION_MAX_LENGTH, tooLong: `De locatie mag maximaal ${LOCATION_MAX_LENGTH} tekens hebben.` }),
  capacity: z.coerce
    .number({ error: "Vul het aantal plaatsen in als getal." })
    .int("Vul een heel getal in.")
    .min(1, "Er moet minimaal 1 plaats zijn.")
    .max(MAX_CAPACITY, `Er kunnen maximaal ${MAX_CAPACITY} plaatsen zijn.`),
  audience: z.enum(EVENT_AUDIENCES, { error: "Kies voor wie het evenement is." }),
});

type EventFields = { date: string; startTime: string; endTime: string };

/**
 * Date and times must exist and the end must follow the start. With `now` (the server passes
 * `currentTime()`, so the demo clock counts) the start must also lie after it.
 */
function timeRules(now?: Date) {
  return (value: EventFields, ctx: z.RefinementCtx) => {
    const startsAt = amsterdamDateTime(value.date, value.startTime);
    const endsAt = amsterdamDateTime(value.date, value.endTime);
    if (!startsAt) {
      const onDate = amsterdamDateTime(value.date, "12:00") === null;
      ctx.addIssue({ code: "custom", path: [onDate ? "date" : "startTime"], message: onDate ? "Deze datum bestaat niet." : "Deze begintijd bestaat niet." });
      return;
    }
    if (!endsAt) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "Deze eindtijd bestaat niet." });
      return;
    }
    if (endsAt.getTime() <= startsAt.getTime()) ctx.addIssue({ code: "custom", path: ["endTime"], message: "De eindtijd moet na de begintijd liggen." });
    if (now && startsAt.getTime() <= now.getTime()) ctx.addIssue({ code: "custom", path: ["date"], message: FUTURE_MESSAGE });
  };
}

/** A new event, checked against `now` when given (server side). */
export const createEventSchemaAt = (now?: Date) => eventFields.superRefine(timeRules(now));
/** The shape and time rules without a clock (the form). */
export const createEventSchema = createEventSchemaAt();

/** The organiser changes an event: the same fields, plus which event. */
export const updateEventSchemaAt = (now?: Date) =>
  eventFields.extend({ eventId: id("Dit evenement bestaat niet (meer).") }).superRefine(timeRules(now));
export const updateEventSchema = updateEventSchemaAt();

export type UpdateEventInput = z.input<typeof updateEventSchema>;

export type CreateEventInput = z.input<typeof createEventSchema>;

export const eventIdSchema = z.object({ eventId: id("Dit evenement bestaat niet (meer).") });

export const cancelEventSchema = eventIdSchema;

/** Attendance afterwards: per active registration "yes" or "no" (unanswered rows stay open). */
export const recordAttendanceSchema = z.object({
  eventId: id("Dit evenement bestaat niet (meer)."),
  attendance: z
    .array(z.object({ registrationId: id("Deze aanmelding bestaat niet (meer)."), attended: z.boolean({ error: "Kies ja of nee." }) }))
    .max(MAX_CAPACITY),
});
