import { z } from "zod";
import { freeText } from "@/lib/forms/free-text";
import { amsterdamDateTime } from "@/lib/time/amsterdam-time";

export const LOCATION_MAX_LENGTH = 200;
export const SUBJECT_MAX_LENGTH = 500;
/** Slots can be published up to a year ahead and last at most a working day. */
export const MAX_DAYS_AHEAD = 366;
export const MAX_SLOT_MINUTES = 8 * 60;

export const END_BEFORE_START_MESSAGE = "De eindtijd moet na de begintijd liggen.";
export const SLOT_TAKEN_MESSAGE = "Dit tijdstip is net door iemand anders geboekt. Kies een ander tijdstip.";
export const OVERLAP_MESSAGE = "U heeft op dit tijdstip al een tijdslot. Kies een tijd die niet overlapt.";

const id = (message: string) => z.string({ error: message }).min(1, message).max(64, message);

/** An accountmanager publishes a free slot in their own calendar (A4); times are Amsterdam time. */
export const publishSlotSchema = z
  .object({
    date: z.string({ error: "Vul een datum in." }).regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in, bijvoorbeeld 24-11-2026."),
    startTime: z.string({ error: "Vul een begintijd in." }).regex(/^\d{2}:\d{2}$/, "Vul een begintijd in, bijvoorbeeld 09:30."),
    endTime: z.string({ error: "Vul een eindtijd in." }).regex(/^\d{2}:\d{2}$/, "Vul een eindtijd in, bijvoorbeeld 10:00."),
    location: freeText({
      required: "Vul een locatie in, bijvoorbeeld een adres of 'Videobellen'.",
      max: LOCATION_MAX_LENGTH,
      tooLong: `De locatie mag maximaal ${LOCATION_MAX_LENGTH} tekens hebben.`,
    }),
  })
  .superRefine((value, ctx) => {
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
    if (endsAt.getTime() <= startsAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: END_BEFORE_START_MESSAGE });
    } else if (endsAt.getTime() - startsAt.getTime() > MAX_SLOT_MINUTES * 60_000) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "Een tijdslot duurt maximaal 8 uur." });
    }
    const now = Date.now();
    if (startsAt.getTime() <= now) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "Kies een datum en begintijd in de toekomst." });
    } else if (startsAt.getTime() > now + MAX_DAYS_AHEAD * 24 * 60 * 60_000) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "U kunt tijdsloten tot een jaar vooruit publiceren." });
    }
  });

export const withdrawSlotSchema = z.object({ slotId: id("Dit tijdslot bestaat niet (meer).") });

/** An employer books one of their accountmanager's free slots (E4). */
export const bookAppointmentSchema = z.object({
  slotId: id("Kies een tijdstip uit de lijst."),
  subject: freeText({
    required: "Schrijf kort waarover u wilt praten.",
    max: SUBJECT_MAX_LENGTH,
    tooLong: `Het onderwerp mag maximaal ${SUBJECT_MAX_LENGTH} tekens hebben.`,
  }),
});

export const cancelAppointmentSchema = z.object({ appointmentId: id("Deze afspraak bestaat niet (meer).") });

export type PublishSlotInput = z.input<typeof publishSlotSchema>;
export type BookAppointmentInput = z.input<typeof bookAppointmentSchema>;

/** The instants of a valid slot input. */
export function slotTimes(input: { date: string; startTime: string; endTime: string }): { startsAt: Date; endsAt: Date } {
  const startsAt = amsterdamDateTime(input.date, input.startTime);
  const endsAt = amsterdamDateTime(input.date, input.endTime);
  if (!startsAt || !endsAt) throw new RangeError("invalid slot times");
  return { startsAt, endsAt };
}
