import type { AftercareSide } from "@/generated/prisma/enums";
import { addMonthsToDbDate } from "@/lib/time/calendar-dates";

/** Check-ins at placement (B6, E6): the employee at 1, 3 and 6 months, the employer at 1 and 6 months. */
export const AFTERCARE_SCHEDULE: readonly { side: AftercareSide; monthsAfterStart: number }[] = [
  { side: "EMPLOYEE", monthsAfterStart: 1 },
  { side: "EMPLOYEE", monthsAfterStart: 3 },
  { side: "EMPLOYEE", monthsAfterStart: 6 },
  { side: "EMPLOYER", monthsAfterStart: 1 },
  { side: "EMPLOYER", monthsAfterStart: 6 },
];

export function scheduledChecks(startDate: Date) {
  return AFTERCARE_SCHEDULE.map((item) => ({ ...item, dueDate: addMonthsToDbDate(startDate, item.monthsAfterStart) }));
}
