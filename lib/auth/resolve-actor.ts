import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Actor } from "./actor";
import { SESSION_TOUCH_INTERVAL_MS, sessionExpiry } from "./session-lifetime";

const claimsSchema = z.object({ userId: z.string().min(1), sessionVersion: z.number().int(), sessionId: z.string().min(1) });

export type SessionClaims = z.infer<typeof claimsSchema>;

/** The identifying claims from a decoded session or token, or null when they are missing. */
export function readSessionClaims(session: unknown): SessionClaims | null {
  const parsed = claimsSchema.safeParse(session);
  return parsed.success ? parsed.data : null;
}

type Db = Pick<PrismaClient, "userSession">;

type Options = { db?: Db; now?: Date };

/**
 * Loads the actor from the database. Null when the token's session row is missing, revoked, expired
 * or another user's; when the user is gone or disabled; when the token's sessionVersion is not the
 * current one; or when the session must first enrol a second factor (deny by default: only the
 * enrolment page reads such a session, through resolveEnrolmentActor). A live session's lastSeenAt
 * (and idle expiry) is refreshed at most once per interval.
 */
export async function resolveActor(claims: SessionClaims | null, options: Options = {}): Promise<Actor | null> {
  const live = await loadLiveSession(claims, options);
  return live && !live.mustEnrolSecondFactor ? live.actor : null;
}

/**
 * The actor of a live session that must enrol a second factor (decision 018), else null. Only the
 * forced enrolment page and its actions use this; everything else sees such a session as signed out.
 */
export async function resolveEnrolmentActor(claims: SessionClaims | null, options: Options = {}): Promise<Actor | null> {
  const live = await loadLiveSession(claims, options);
  return live?.mustEnrolSecondFactor ? live.actor : null;
}

async function loadLiveSession(claims: SessionClaims | null, options: Options): Promise<{ actor: Actor; mustEnrolSecondFactor: boolean } | null> {
  if (!claims) return null;
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  const session = await db.userSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      userId: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      mustEnrolSecondFactor: true,
      user: { select: { id: true, role: true, name: true, organisationId: true, partnerOrganisationId: true, disabledAt: true, sessionVersion: true } },
    },
  });
  if (!session || session.userId !== claims.userId || session.revokedAt || session.expiresAt <= now) return null;
  const { user } = session;
  if (user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  await touchSession(db, claims.sessionId, session, now);
  const actor = {
    userId: user.id,
    role: user.role,
    name: user.name,
    organisationId: user.organisationId,
    partnerOrganisationId: user.partnerOrganisationId,
  };
  return { actor, mustEnrolSecondFactor: session.mustEnrolSecondFactor };
}

async function touchSession(db: Db, id: string, session: { createdAt: Date; lastSeenAt: Date }, now: Date): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < SESSION_TOUCH_INTERVAL_MS) return;
  // The lastSeenAt condition makes concurrent requests write once.
  await db.userSession.updateMany({
    where: { id, lastSeenAt: session.lastSeenAt, revokedAt: null },
    data: { lastSeenAt: now, expiresAt: sessionExpiry(session.createdAt, now) },
  });
}
