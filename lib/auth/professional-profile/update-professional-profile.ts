import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "../actor";
import { assertCan } from "../permissions";
import { professionalProfileSchema } from "./schemas";

/**
 * A professional changes their own phone number and focus areas. Validates again here, because a
 * domain function may be called from more places than the one form.
 */
export async function updateProfessionalProfile(
  { actor, input }: { actor: Actor; input: unknown },
  options: { db?: Pick<PrismaClient, "user"> } = {},
): Promise<{ phone: string | null; focusAreas: string[] }> {
  assertCan(actor, "professionalProfile.edit", { userId: actor.userId });
  const parsed = professionalProfileSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");

  const data = { phone: parsed.data.phone === "" ? null : parsed.data.phone, focusAreas: parsed.data.focusAreas };
  const { count } = await (options.db ?? prisma).user.updateMany({
    where: { id: actor.userId, role: { in: ["ACCOUNT_MANAGER", "JOB_MEDIATOR"] }, disabledAt: null },
    data,
  });
  if (count !== 1) throw new AppError("NOT_FOUND");
  return data;
}
