import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type MediatorOption = { id: string; name: string; partnerOrganisation: string | null };

/** The bemiddelaars an accountmanager can hand a vacancy to (active users with role JOB_MEDIATOR). */
export async function findMediators(actor: Actor): Promise<MediatorOption[]> {
  if (!can(actor, "vacancy.handover")) return [];
  const users = await prisma.user.findMany({
    where: { role: "JOB_MEDIATOR", disabledAt: null },
    select: { id: true, name: true, partnerOrganisation: { select: { name: true } } },
    orderBy: { name: "asc" },
    take: 500,
  });
  return users.map((user) => ({ id: user.id, name: user.name, partnerOrganisation: user.partnerOrganisation?.name ?? null }));
}
