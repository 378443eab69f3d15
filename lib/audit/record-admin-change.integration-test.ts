import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/tests/factories/users";
import { recordAdminChange } from "./record-admin-change";

describe("recordAdminChange", () => {
  it("writes one entry in the change's transaction, and none when the change rolls back", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const actor = { userId: admin.id, role: "ADMIN" as const };
    await prisma.$transaction((tx) => recordAdminChange(tx, actor, { action: "skill.rename", purpose: "Vaardigheid hernoemd", entity: "Skill", entityId: "s1" }));
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAdminChange(tx, actor, { action: "skill.retire", purpose: "Vaardigheid uitgefaseerd", entity: "Skill", entityId: "s2" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");

    const entries = await prisma.auditLog.findMany({ where: { actorId: admin.id } });
    expect(entries).toMatchObject([{ action: "skill.rename", actorRole: "ADMIN", candidateId: null, entity: "Skill", entityId: "s1", purpose: "Vaardigheid hernoemd" }]);
  });
});
