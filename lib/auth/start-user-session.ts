import "server-only";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { sessionExpiry } from "./session-lifetime";

/**
 * Records a new signed-in session and returns its id (random, 256 bits), which the JWT carries.
 * `mustEnrolSecondFactor` marks a session that may only enrol a second factor (decision 018).
 */
export async function startUserSession(
  userId: string,
  options: { db?: Pick<PrismaClient, "userSession">; now?: Date; mustEnrolSecondFactor?: boolean } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const id = randomBytes(32).toString("base64url");
  await (options.db ?? prisma).userSession.create({
    data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt: sessionExpiry(now, now), mustEnrolSecondFactor: options.mustEnrolSecondFactor ?? false },
  });
  return id;
}
