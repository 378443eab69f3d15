import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FALLBACK_ROUTE } from "@/lib/help-requests/fallback-route";
import { setPartnerActiveSchema } from "./schemas";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What still depends on the partner being active, as Dutch phrases; empty when it may be switched off. */
async function deactivationBlockers(tx: Prisma.TransactionClient, partner: { id: string; code: string }): Promise<string[]> {
  if (partner.code === FALLBACK_ROUTE.partnerCode) return ["de routering: aanmeldingen waarvoor geen regel past gaan naar deze organisatie"];
  // One after the other: a transaction is one connection.
  const rules = await tx.routingRule.count({ where: { partnerOrganisationId: partner.id, active: true } });
  const users = await tx.user.count({ where: { partnerOrganisationId: partner.id, disabledAt: null } });
  const tokens = await tx.partnerApiToken.count({ where: { partnerOrganisationId: partner.id, revokedAt: null } });
  const blockers: string[] = [];
  if (rules > 0) blockers.push(count(rules, "actieve routeringsregel", "actieve routeringsregels"));
  if (users > 0) blockers.push(count(users, "actieve gebruiker", "actieve gebruikers"));
  if (tokens > 0) blockers.push(count(tokens, "geldige API-sleutel", "geldige API-sleutels"));
  return blockers;
}

/**
 * ADMIN switches a partner organisation off (no longer offered for new routing rules or handovers) or on
 * again. Nothing that refers to it changes. Refused while active routing rules, active users or valid API
 * keys still depend on it; the Dutch message names them.
 */
export async function setPartnerActive({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; active: boolean }> {
  assertCan(actor, "referenceData.manage");
  const parsed = setPartnerActiveSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { id, active } = parsed.data;
  return prisma.$transaction(async (tx) => {
    // Lock the row: a routing rule or user added meanwhile waits for this decision.
    const rows = await tx.$queryRaw<{ id: string; code: string }[]>`SELECT "id", "code" FROM "PartnerOrganisation" WHERE "id" = ${id} FOR UPDATE`;
    const partner = rows[0];
    if (!partner) throw new AppError("NOT_FOUND");
    if (!active) {
      const blockers = await deactivationBlockers(tx, partner);
      if (blockers.length > 0) {
        throw new AppError("CONFLICT", { userMessage: `Deze partnerorganisatie kan niet worden gedeactiveerd. Nog in gebruik door: ${blockers.join(", ")}.` });
      }
    }
    await tx.partnerOrganisation.update({ where: { id }, data: { active } });
    await recordAdminChange(tx, actor, {
      action: active ? "partner.activate" : "partner.deactivate",
      purpose: active ? "Partnerorganisatie geactiveerd" : "Partnerorganisatie gedeactiveerd",
      entity: "PartnerOrganisation",
      entityId: id,
    });
    return { id, active };
  });
}
