import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { authOptions } from "./config";
import { readSessionClaims, resolveActor, resolveEnrolmentActor, type SessionClaims } from "./resolve-actor";

const getSessionClaims = cache(async (): Promise<SessionClaims | null> => readSessionClaims(await getServerSession(authOptions)));

/**
 * The logged-in user for this request, fresh from the database; null when not logged in, and also for a
 * session that must first enrol a second factor (decision 018).
 */
export const getActor = cache(async (): Promise<Actor | null> => resolveActor(await getSessionClaims()));

/** The user of a session that must enrol a second factor, else null: for the enrolment page and its actions only. */
export const getEnrolmentActor = cache(async (): Promise<Actor | null> => resolveEnrolmentActor(await getSessionClaims()));

/** The id of this request's session row (to keep it when the user's other sessions end), or null. */
export async function getCurrentSessionId(): Promise<string | null> {
  return (await getSessionClaims())?.sessionId ?? null;
}

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
