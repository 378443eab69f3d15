import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertRoutingTargetExists, routingRuleData } from "./routing-rule-data";
import { updateRoutingRuleSchema } from "./schemas";

/** ADMIN changes a routing rule; requests already routed keep their partner, team and due date. */
export async function updateRoutingRule({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "referenceData.manage");
  const parsed = updateRoutingRuleSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  await assertRoutingTargetExists(parsed.data.partnerOrganisationId, parsed.data.team);
  const updated = await prisma.routingRule.updateMany({ where: { id: parsed.data.id }, data: routingRuleData(parsed.data) });
  if (updated.count === 0) throw new AppError("NOT_FOUND");
  return { id: parsed.data.id };
}
