import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";

/** For views that belong to one portal (start pages): only these roles, everyone else is refused. */
export function assertRole(actor: Actor | null | undefined, roles: readonly Role[]): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!roles.includes(actor.role)) throw new AppError("FORBIDDEN");
}
