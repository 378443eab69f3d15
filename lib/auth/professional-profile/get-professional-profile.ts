import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "../actor";
import { assertCan } from "../permissions";

export type ProfessionalProfile = {
  name: string;
  email: string;
  jobTitle: string | null;
  partnerOrganisation: string | null;
  phone: string | null;
  focusAreas: string[];
};

export async function getProfessionalProfile(actor: Actor, options: { db?: Pick<PrismaClient, "user"> } = {}): Promise<ProfessionalProfile> {
  assertCan(actor, "professionalProfile.edit", { userId: actor.userId });
  const user = await (options.db ?? prisma).user.findFirst({
    where: { id: actor.userId, disabledAt: null },
    select: { name: true, email: true, jobTitle: true, phone: true, focusAreas: true, partnerOrganisation: { select: { name: true } } },
  });
  if (!user) throw new AppError("NOT_FOUND");
  return {
    name: user.name,
    email: user.email,
    jobTitle: user.jobTitle,
    partnerOrganisation: user.partnerOrganisation?.name ?? null,
    phone: user.phone,
    focusAreas: user.focusAreas,
  };
}
