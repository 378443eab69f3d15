import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { PROFESSIONAL_ACCOUNT_WHERE } from "./professional-account-where";
import { USERS_PAGE_SIZE, type LastLoginFilter, type UserSearch, type UserStatus } from "./schemas";
import { userStatusOf, userStatusWhere } from "./user-status";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  partnerOrganisation: string | null;
  status: UserStatus;
  lastLoginAt: Date | null;
};

export type UserPage = { rows: UserRow[]; total: number; page: number; pageCount: number };

const DAY_MS = 24 * 60 * 60 * 1000;

function lastLoginWhere(filter: LastLoginFilter, now: Date): Prisma.UserWhereInput {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  switch (filter) {
    case "nooit":
      return { lastLoginAt: null };
    case "recent":
      return { lastLoginAt: { gte: daysAgo(30) } };
    case "30-dagen":
      return { lastLoginAt: { lt: daysAgo(30) } };
    case "90-dagen":
      return { lastLoginAt: { lt: daysAgo(90) } };
  }
}

/** The professionals' accounts for /beheer/gebruikers: search on name or e-mail, filters, 25 a page. */
export async function findUsers({ actor, search }: { actor: Actor; search: UserSearch }, options: { now?: Date } = {}): Promise<UserPage> {
  assertCan(actor, "users.manage");
  const now = options.now ?? new Date();
  const where: Prisma.UserWhereInput = {
    AND: [
      PROFESSIONAL_ACCOUNT_WHERE,
      search.q ? { OR: [{ name: { contains: search.q, mode: "insensitive" } }, { email: { contains: search.q, mode: "insensitive" } }] } : {},
      search.rol ? { role: search.rol } : {},
      search.partner ? { partnerOrganisationId: search.partner } : {},
      search.status ? userStatusWhere(search.status) : {},
      search.login ? lastLoginWhere(search.login, now) : {},
    ],
  };
  const total = await prisma.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const users = await prisma.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      passwordHash: true,
      lastLoginAt: true,
      partnerOrganisation: { select: { name: true } },
    },
  });
  const rows = users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    partnerOrganisation: user.partnerOrganisation?.name ?? null,
    status: userStatusOf(user),
    lastLoginAt: user.lastLoginAt,
  }));
  return { rows, total, page, pageCount };
}
