import { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { loginSchema } from "@/lib/auth/login-schema";
import { passwordSchema } from "@/lib/auth/password-policy";
import { professionalProfileSchema } from "@/lib/auth/professional-profile/schemas";
import { freeText } from "@/lib/forms/free-text";
import { recordIdSchema } from "@/lib/forms/record-id";
import { firstValue, pageParam, searchId, searchText } from "@/lib/forms/search-params";
import { submissionKeySchema } from "@/lib/forms/submission-key";
import { INVITATION_LINK_INVALID_MESSAGE } from "./messages";

/** Shared by the /beheer/gebruikers pages, the invitation page and the server (O1); no server imports. */

/** The roles an ADMIN gives an account at /beheer/gebruikers; employers and residents register themselves. */
export const PROFESSIONAL_ROLES = ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"] as const satisfies readonly Role[];
export type ProfessionalRole = (typeof PROFESSIONAL_ROLES)[number];

export const USER_STATUSES = ["actief", "geblokkeerd", "uitgenodigd"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_STATUS_LABELS: Record<UserStatus, string> = {
  actief: "Actief",
  geblokkeerd: "Geblokkeerd",
  uitgenodigd: "Uitgenodigd (nog geen wachtwoord)",
};

export const LAST_LOGIN_FILTERS = ["nooit", "recent", "30-dagen", "90-dagen"] as const;
export type LastLoginFilter = (typeof LAST_LOGIN_FILTERS)[number];
export const LAST_LOGIN_LABELS: Record<LastLoginFilter, string> = {
  nooit: "Nooit ingelogd",
  recent: "In de afgelopen 30 dagen",
  "30-dagen": "Langer dan 30 dagen geleden",
  "90-dagen": "Langer dan 90 dagen geleden",
};

export const USERS_PAGE_SIZE = 25;
export const NAME_MAX_LENGTH = 120;
export const WORK_AREAS_MAX_COUNT = 20;

const enumParam = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(firstValue, z.enum(values).optional().catch(undefined));

/** The list's GET form; an invalid value is dropped (a hand-edited URL shows everything, never an error). */
export const userSearchSchema = z.object({
  q: searchText(),
  rol: enumParam(PROFESSIONAL_ROLES),
  partner: searchId,
  status: enumParam(USER_STATUSES),
  login: enumParam(LAST_LOGIN_FILTERS),
  page: pageParam,
});
export type UserSearch = z.output<typeof userSearchSchema>;

export function parseUserSearch(params: Record<string, string | string[] | undefined>): UserSearch {
  return userSearchSchema.parse(params);
}

const CHOOSE_ROLE = "Kies een rol uit de lijst.";
const CHOOSE_PARTNER = "Kies een partnerorganisatie uit de lijst, of geen.";
const CHOOSE_WORK_AREA = "Kies werkgebieden uit de lijst.";

/** The account details an ADMIN keeps: role, partner, work areas, focus areas and phone. */
const accountFields = {
  role: z.enum(PROFESSIONAL_ROLES, { error: CHOOSE_ROLE }),
  partnerOrganisationId: z
    .string({ error: CHOOSE_PARTNER })
    .trim()
    .max(40, CHOOSE_PARTNER)
    .transform((value) => value || null),
  workAreaIds: z
    .array(z.string({ error: CHOOSE_WORK_AREA }).trim().min(1, CHOOSE_WORK_AREA).max(40, CHOOSE_WORK_AREA), { error: CHOOSE_WORK_AREA })
    .max(WORK_AREAS_MAX_COUNT, `Kies maximaal ${WORK_AREAS_MAX_COUNT} werkgebieden.`)
    .transform((ids) => [...new Set(ids)]),
  focusAreas: professionalProfileSchema.shape.focusAreas,
  phone: professionalProfileSchema.shape.phone,
};

export const createProfessionalAccountSchema = z.object({
  name: freeText({ required: "Vul de naam in.", max: NAME_MAX_LENGTH, tooLong: `De naam heeft maximaal ${NAME_MAX_LENGTH} tekens.`, min: 2, tooShort: "Vul de volledige naam in." }),
  email: loginSchema.shape.email,
  ...accountFields,
  submissionKey: submissionKeySchema,
});
export type CreateProfessionalAccountInput = z.input<typeof createProfessionalAccountSchema>;

export const updateProfessionalAccountSchema = z.object({ userId: recordIdSchema, ...accountFields });
export type UpdateProfessionalAccountInput = z.input<typeof updateProfessionalAccountSchema>;

export const setUserDisabledSchema = z.object({ userId: recordIdSchema, disabled: z.boolean() });
export type SetUserDisabledInput = z.input<typeof setUserDisabledSchema>;

export const resendInvitationSchema = z.object({ userId: recordIdSchema, submissionKey: submissionKeySchema });
export const revokeInvitationSchema = z.object({ userId: recordIdSchema });

/** An invitation token: 32 random bytes in base64url, always 43 characters of A–Z, a–z, 0–9, "-" and "_". */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const acceptInvitationSchema = z.object({
  token: z.string({ error: INVITATION_LINK_INVALID_MESSAGE }).regex(INVITATION_TOKEN_PATTERN, INVITATION_LINK_INVALID_MESSAGE),
  password: passwordSchema,
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

/** The list's URL for a search and page (the GET form's own fields, so a page link keeps the filters). */
export function userSearchHref(search: UserSearch, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["q", "rol", "partner", "status", "login"] as const) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/beheer/gebruikers?${query}` : "/beheer/gebruikers";
}
