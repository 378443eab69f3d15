import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertRoutingTargetExists, routingRuleData } from "./routing-rule-data";
import { createRoutingRuleSchema } from "./schemas";

/** ADMIN adds a routing rule (J1: routing is data, not code). */
export async function createRoutingRule({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "referenceData.manage");
  const parsed = createRoutingRuleSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  await assertRoutingTargetExists(parsed.data.partnerOrganisationId, parsed.data.team);
  return prisma.routingRule.create({ data: routingRuleData(parsed.data), select: { id: true } });
}
