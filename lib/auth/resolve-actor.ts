import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Actor } from "./actor";

const claimsSchema = z.object({ userId: z.string().min(1), sessionVersion: z.number().int() });

export type SessionClaims = z.infer<typeof claimsSchema>;

/** The identifying claims from a decoded session or token, or null when they are missing. */
export function readSessionClaims(session: unknown): SessionClaims | null {
  const parsed = claimsSchema.safeParse(session);
  return parsed.success ? parsed.data : null;
}

/**
 * Loads the actor from the database. Null when the user is gone, disabled, or the token's
 * sessionVersion is not the current one: bumping the version ends every session of that user.
 */
export async function resolveActor(
  claims: SessionClaims | null,
  options: { db?: Pick<PrismaClient, "user"> } = {},
): Promise<Actor | null> {
  if (!claims) return null;
  const user = await (options.db ?? prisma).user.findUnique({
    where: { id: claims.userId },
    select: { id: true, role: true, name: true, organisationId: true, partnerOrganisationId: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    organisationId: user.organisationId,
    partnerOrganisationId: user.partnerOrganisationId,
  };
}
