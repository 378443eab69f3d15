/**
 * What a public registration answers (finding 15.3): the same for a new address and one that already has an
 * account, so the form reveals nothing about who has one. `throttled`: this client sent too many registrations.
 */
export type RegistrationAnswer = { outcome: "checkEmail" } | { outcome: "throttled"; message: string };

export const CHECK_EMAIL_ANSWER = { outcome: "checkEmail" } as const satisfies RegistrationAnswer;
