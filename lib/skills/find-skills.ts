import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { SKILL_PAGE_SIZE, skillListFilterSchema } from "./schemas";
import { SKILL_ROW_SELECT, toSkillRow } from "./skill-row";

export type { SkillRow } from "./skill-row";


/** The skills taxonomy for ADMIN: search on label or code, kind and status filters, a page at a time, with usage counts. */
export async function findSkills({ actor, searchParams }: { actor: Actor; searchParams: unknown }) {
  assertCan(actor, "referenceData.manage");
  const filter = skillListFilterSchema.parse(searchParams ?? {});
  const where: Prisma.SkillWhereInput = {
    ...(filter.q ? { OR: [{ label: { contains: filter.q, mode: "insensitive" } }, { code: { contains: filter.q, mode: "insensitive" } }] } : {}),
    ...(filter.soort ? { kind: filter.soort } : {}),
    ...(filter.status === "actief" ? { retiredAt: null } : filter.status === "vervallen" ? { retiredAt: { not: null } } : {}),
  };
  const total = await prisma.skill.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / SKILL_PAGE_SIZE));
  const page = Math.min(filter.pagina, pageCount);
  const skills = await prisma.skill.findMany({
    where,
    orderBy: [{ label: "asc" }, { code: "asc" }],
    skip: (page - 1) * SKILL_PAGE_SIZE,
    take: SKILL_PAGE_SIZE,
    select: SKILL_ROW_SELECT,
  });
  return { filter, rows: skills.map(toSkillRow), total, page, pageCount };
}
