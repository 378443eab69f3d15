import type { Prisma } from "@/generated/prisma/client";

/**
 * A vacancy the employer marked public is published only once the owner accountmanager took it in:
 * "ontvangen" means nobody at the Werkcentrum has looked at it yet (issue 15, decision 023). Taking it
 * "in behandeling" (status change or hand-over, both the owner's) is the intake; from then on the
 * employer can no longer edit it (lib/vacancies/update-vacancy.ts), so what was checked is what is shown.
 */
export const TAKEN_IN_STATUSES = ["IN_PROGRESS", "CANDIDATES_PROPOSED"] as const;

/** Public, taken in and still open: what /vacatures lists and residents may show interest in. */
export const PUBLISHED_VACANCY_WHERE = {
  isPublic: true,
  status: { in: [...TAKEN_IN_STATUSES] },
} satisfies Prisma.VacancyWhereInput;

/** Public and past the intake (also when filled or closed since): what a resident may read in the portal. */
export const PUBLIC_AFTER_INTAKE_WHERE = {
  isPublic: true,
  status: { not: "RECEIVED" },
} satisfies Prisma.VacancyWhereInput;
