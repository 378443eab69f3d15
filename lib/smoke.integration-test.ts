import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";

describe("integration database", () => {
  it("is migrated and empty, and the audit log is append-only", async () => {
    expect(await prisma.user.count()).toBe(0);
    const entry = await prisma.auditLog.create({ data: { action: "candidate.read", purpose: "test" } });
    await expect(prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow();
    await expect(prisma.auditLog.update({ where: { id: entry.id }, data: { purpose: "x" } })).rejects.toThrow();
  });
});
