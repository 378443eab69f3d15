import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ruleFor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { pickOwnerAccountManager } from "./assign-owner-account-manager";
import { organisationRecord } from "./organisation-record";
import { resolveMunicipality } from "./resolve-municipality";
import { registerOnBehalfSchema } from "./schemas";
import { isUniqueViolation } from "@/lib/db-errors";

/** created: a new organisation; exists: the KvK number is already in the register (nothing written). */
export type OnBehalfResult = { outcome: "created" | "exists"; organisationId: string };

/**
 * An accountmanager enters an employer in the register ("create on behalf", E1/A1) and becomes its
 * owner; no employer account is made. An ADMIN may do the same: the owner is then picked as for a
 * self-registration (by work area) and notified. A known KvK number never makes a second
 * organisation: the existing one is returned (every accountmanager may read the register).
 */
export async function registerOrganisationOnBehalf({ actor, input }: { actor: Actor; input: unknown }): Promise<OnBehalfResult> {
  const rule = ruleFor(actor.role, "organisation.register");
  if (rule !== "onBehalf" && rule !== "allow") throw new AppError("FORBIDDEN");
  const parsed = registerOnBehalfSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const data = parsed.data;
  const location = await resolveMunicipality(data.municipalityCode);

  const findExisting = () => prisma.organisation.findUnique({ where: { kvkNumber: data.kvkNumber }, select: { id: true } });
  const existing = await findExisting();
  if (existing) return { outcome: "exists", organisationId: existing.id };

  try {
    const { organisationId, after } = await prisma.$transaction(async (tx) => {
      const ownerId = rule === "onBehalf" ? actor.userId : await pickOwnerAccountManager(tx, location.municipalityCode);
      const organisation = await tx.organisation.create({
        data: organisationRecord(data, location, ownerId),
        select: { id: true },
      });
      const after = await notify(
        tx,
        ownerId === actor.userId
          ? []
          : [
              {
                userId: ownerId,
                kind: "organisation.assigned",
                title: "Nieuwe werkgever toegewezen",
                body: `${data.legalName} (KvK ${data.kvkNumber}) is door ${actor.name} in het register gezet.`,
                link: `/professional/werkgevers/${organisation.id}`,
              },
            ],
      );
      return { organisationId: organisation.id, after };
    });
    await after();
    return { outcome: "created", organisationId };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findExisting();
    if (winner) return { outcome: "exists", organisationId: winner.id };
    throw error;
  }
}
