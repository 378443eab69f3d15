import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

type Db = Prisma.TransactionClient | PrismaClient;

export type AdminChange = {
  /** What was changed, e.g. "user.disable", "instrument.update", "skill.retire". */
  action: string;
  /** Why or what, in Dutch, for the admin's audit view (e.g. "Gebruiker geblokkeerd"); never personal data. */
  purpose: string;
  /** The record: model name and id (e.g. "User", "cm…"). */
  entity: string;
  entityId: string;
};

/**
 * One append-only audit entry per change of accounts or reference data (issue 14: "every change is
 * audited"). Call it with the transaction client of the change, so both happen or neither. Holds ids,
 * role and a purpose only; it is not about a candidate, so residents never see it in their access log.
 */
export async function recordAdminChange(db: Db, actor: Pick<Actor, "userId" | "role">, change: AdminChange): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: actor.userId,
      actorRole: actor.role,
      action: change.action,
      purpose: change.purpose,
      entity: change.entity,
      entityId: change.entityId,
    },
  });
}
