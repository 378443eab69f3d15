import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { NO_PASSWORD_HASH } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";

export type AdminOverview = {
  usersPerRole: Partial<Record<Role, number>>;
  disabledUsers: number;
  partners: { id: string; name: string; kind: string; users: number }[];
};

/** The beheerder's start page: users per role and the partner organisations. */
export async function getAdminOverview(actor: Actor, options: { db?: Pick<PrismaClient, "user" | "partnerOrganisation"> } = {}): Promise<AdminOverview> {
  assertCan(actor, "users.manage");
  const db = options.db ?? prisma;
  const [perRole, disabledUsers, partners] = await Promise.all([
    // Active = can sign in: not blocked and past the invitation (an invited account has no password yet).
    db.user.groupBy({ by: ["role"], where: { disabledAt: null, passwordHash: { not: NO_PASSWORD_HASH } }, _count: { _all: true } }),
    db.user.count({ where: { disabledAt: { not: null } } }),
    db.partnerOrganisation.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, kind: true, _count: { select: { users: true } } },
    }),
  ]);
  return {
    usersPerRole: Object.fromEntries(perRole.map((row) => [row.role, row._count._all])),
    disabledUsers,
    partners: partners.map((p) => ({ id: p.id, name: p.name, kind: p.kind, users: p._count.users })),
  };
}
