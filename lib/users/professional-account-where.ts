import type { Prisma } from "@/generated/prisma/client";
import { PROFESSIONAL_ROLES } from "./schemas";

/** The accounts /beheer/gebruikers manages: professionals only (employers and residents register themselves). */
export const PROFESSIONAL_ACCOUNT_WHERE = { role: { in: [...PROFESSIONAL_ROLES] } } satisfies Prisma.UserWhereInput;
