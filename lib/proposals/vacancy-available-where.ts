import type { Prisma } from "@/generated/prisma/client";

/**
 * The one rule for "this vacancy is available to this bemiddelaar to propose for" (B4): it is being
 * worked on (in behandeling or kandidaten voorgedragen), and it was handed to them, or it was handed
 * to nobody (then it is open to every bemiddelaar).
 */
export function vacancyAvailableWhere(mediatorId: string): Prisma.VacancyWhereInput {
  return {
    status: { in: ["IN_PROGRESS", "CANDIDATES_PROPOSED"] },
    OR: [{ handovers: { some: { mediatorId } } }, { handovers: { none: {} } }],
  };
}
