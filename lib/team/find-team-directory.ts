import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { firstValue, searchId } from "@/lib/forms/search-params";

export const TEAM_ROLES = ["ACCOUNT_MANAGER", "JOB_MEDIATOR"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];


/** The team directory's GET form; unknown values are dropped so a hand-edited URL shows everyone. */
export const teamDirectoryFilterSchema = z.object({
  role: z.preprocess(firstValue, z.enum(TEAM_ROLES).optional().catch(undefined)),
  partner: searchId,
  workArea: searchId,
});
export type TeamDirectoryFilter = z.output<typeof teamDirectoryFilterSchema>;

export type TeamMember = {
  id: string;
  name: string;
  role: TeamRole;
  jobTitle: string | null;
  partnerOrganisation: string | null;
  workAreas: string[];
  focusAreas: string[];
  phone: string | null;
  email: string;
  photoUrl: string | null;
};

/** The team directory (A8): every active accountmanager and bemiddelaar, filters in the query. */
export async function findTeamDirectory({ actor, filter = {} }: { actor: Actor; filter?: TeamDirectoryFilter }): Promise<TeamMember[]> {
  assertCan(actor, "teamDirectory.read");
  const where: Prisma.UserWhereInput = {
    role: filter.role ? filter.role : { in: [...TEAM_ROLES] },
    disabledAt: null,
    ...(filter.partner ? { partnerOrganisationId: filter.partner } : {}),
    ...(filter.workArea ? { workAreas: { some: { workAreaId: filter.workArea } } } : {}),
  };
  const users = await prisma.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      role: true,
      jobTitle: true,
      focusAreas: true,
      phone: true,
      email: true,
      photoUrl: true,
      partnerOrganisation: { select: { name: true } },
      workAreas: { select: { workArea: { select: { name: true } } }, orderBy: { workArea: { name: "asc" } } },
    },
  });
  return users.map(({ partnerOrganisation, workAreas, role, ...user }) => ({
    ...user,
    role: role as TeamRole,
    partnerOrganisation: partnerOrganisation?.name ?? null,
    workAreas: workAreas.map((link) => link.workArea.name),
  }));
}

/** The choices of the directory's filters. */
export async function findTeamDirectoryOptions({ actor }: { actor: Actor }) {
  assertCan(actor, "teamDirectory.read");
  const [partners, workAreas] = await Promise.all([
    prisma.partnerOrganisation.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.workArea.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { partners, workAreas };
}
