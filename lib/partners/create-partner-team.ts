import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { createPartnerTeamSchema } from "./schemas";

export const TEAM_NAME_TAKEN_MESSAGE = "Deze organisatie heeft al een team met deze naam.";

/** ADMIN adds a team to a partner organisation; routing rules can then send requests to it. */
export async function createPartnerTeam({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "referenceData.manage");
  const parsed = createPartnerTeamSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { partnerOrganisationId, name } = parsed.data;
  try {
    return await prisma.$transaction(async (tx) => {
      const partner = await tx.partnerOrganisation.findUnique({ where: { id: partnerOrganisationId }, select: { id: true } });
      if (!partner) throw new AppError("NOT_FOUND");
      const team = await tx.partnerTeam.create({ data: { partnerOrganisationId, name }, select: { id: true } });
      await recordAdminChange(tx, actor, { action: "partnerTeam.create", purpose: "Team van een partnerorganisatie toegevoegd", entity: "PartnerTeam", entityId: team.id });
      return team;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldInputError("name", TEAM_NAME_TAKEN_MESSAGE);
    throw error;
  }
}
