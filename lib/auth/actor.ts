import type { Role } from "@/generated/prisma/enums";

/** The logged-in user as loaded from the database for this request (never from the token alone). */
export type Actor = {
  userId: string;
  role: Role;
  name: string;
  organisationId: string | null;
  partnerOrganisationId: string | null;
};
