import "server-only";
import { createSafeActionClient, returnValidationErrors } from "next-safe-action";
import { assertMayActBeforeVerification } from "@/lib/auth/email-verification-gate";
import { assertCan, type PermissionAction } from "@/lib/auth/permissions";
import { getActor, getEnrolmentActor } from "@/lib/auth/session";
import { AppError, GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { fieldsWithUnstorableText } from "@/lib/forms/unstorable-text";
import { CONTROL_CHARACTER_MESSAGE } from "@/lib/forms/url-input";
import { logger } from "@/lib/logger";
import { isDatabaseUnavailable, noteDatabaseUnavailable } from "@/lib/db-unavailable";
import { UNAVAILABLE_RETRY, UNAVAILABLE_TITLE } from "@/lib/unavailable-messages";

/** What an action answers while the database cannot be reached (finding 15.9). */
export const DATABASE_UNAVAILABLE_MESSAGE = `${UNAVAILABLE_TITLE}. ${UNAVAILABLE_RETRY}`;

/**
 * What the caller sees when an action fails: the Dutch `userMessage` of an AppError, or one generic
 * sentence. Raw messages never reach the client (they may hold SQL, ids or personal data), and the
 * log gets only the error's kind and stack frames, not its message.
 */
export function handleActionError(error: Error): string {
  if (isAppError(error)) {
    logger.info({ code: error.code }, "action refused");
    return error.userMessage;
  }
  if (isDatabaseUnavailable(error)) {
    noteDatabaseUnavailable();
    logger.warn("action failed: database unreachable");
    return DATABASE_UNAVAILABLE_MESSAGE;
  }
  const frames = error.stack?.split("\n").slice(1, 8).join("\n");
  const maybeCode = (error as { code?: unknown }).code;
  const code = typeof maybeCode === "string" ? maybeCode : undefined;
  logger.error({ errorName: error.name, errorCode: code, frames }, "action failed");
  return GENERIC_ERROR_MESSAGE;
}

/**
 * Public actions (no login needed), and the base of every other client. Before anything else, input with a
 * NUL byte or a lone surrogate is refused in Dutch next to the field: no form sends it and no column can store it, so it would
 * otherwise fail deep in a query as the generic error (found by the server-action fuzz test, issue 15).
 */
export const actionClient = createSafeActionClient({
  handleServerError: handleActionError,
  defaultValidationErrorsShape: "flattened",
}).use(async ({ next, clientInput }) => {
  const fields = fieldsWithUnstorableText(clientInput);
  if (fields) {
    // Shown next to each field that holds the character, like any other validation message.
    const errors = fields.length === 0 ? { _errors: [CONTROL_CHARACTER_MESSAGE] } : Object.fromEntries(fields.map((field) => [field, { _errors: [CONTROL_CHARACTER_MESSAGE] }]));
    returnValidationErrors(null as never, errors as never);
  }
  return next();
});

/** Actions for any logged-in user; `ctx.actor` comes from the database via getActor(). */
export const authActionClient = actionClient.use(async ({ next }) => {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return next({ ctx: { actor } });
});

/**
 * Actions for the roles the permission table allows for `action`. This is the role check, and the
 * e-mail gate: an account that has not confirmed its address may only act on the account itself
 * (decision 019). The domain function still applies the record-level scope (ownership) in its query.
 */
export function actionClientFor(action: PermissionAction) {
  return authActionClient.use(async ({ next, ctx }) => {
    assertCan(ctx.actor, action);
    await assertMayActBeforeVerification(ctx.actor.userId, action);
    return next();
  });
}

/**
 * Actions of the forced second-factor enrolment page only (decision 018): for a session that must enrol,
 * which every other action refuses (getActor() is null for it). Same role check against the table.
 */
export function enrolmentActionClientFor(action: PermissionAction) {
  return actionClient.use(async ({ next }) => {
    const actor = await getEnrolmentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    assertCan(actor, action);
    return next({ ctx: { actor } });
  });
}
