import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { authOptions } from "./config";
import { readSessionClaims, resolveActor } from "./resolve-actor";

/** The logged-in user for this request, fresh from the database; null when not logged in. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  return resolveActor(readSessionClaims(session));
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
