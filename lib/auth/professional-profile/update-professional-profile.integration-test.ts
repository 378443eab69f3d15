import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createUser } from "@/tests/factories/users";
import { updateProfessionalProfile } from "./update-professional-profile";

function actorOf(user: { id: string; role: Actor["role"]; name: string }): Actor {
  return { userId: user.id, role: user.role, name: user.name, organisationId: null, partnerOrganisationId: null };
}

const valid = { phone: "035 123 45 67", focusAreas: ["Zorg en welzijn", "Techniek"] };

describe("updateProfessionalProfile", () => {
  it("lets an accountmanager and a bemiddelaar change their own details", async () => {
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR"] as const) {
      const user = await createUser({ role });
      expect(await updateProfessionalProfile({ actor: actorOf(user), input: valid })).toEqual(valid);
      const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      expect({ phone: stored.phone, focusAreas: stored.focusAreas }).toEqual(valid);
    }
  });

  it("clears the phone number when it is left empty", async () => {
    const user = await createUser({ role: "JOB_MEDIATOR", phone: "035 000 00 00" });
    await updateProfessionalProfile({ actor: actorOf(user), input: { phone: "", focusAreas: [] } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBeNull();
  });

  it("refuses every other role on the server and stores nothing", async () => {
    for (const role of ["JOBSEEKER", "EMPLOYER", "REGIONAL_STAFF", "ADMIN"] as const) {
      const user = await createUser({ role, phone: "035 111 11 11" });
      await expect(updateProfessionalProfile({ actor: actorOf(user), input: valid })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBe("035 111 11 11");
    }
  });

  it("refuses invalid input", async () => {
    const user = await createUser({ role: "ACCOUNT_MANAGER" });
    for (const input of [{ phone: "bel me", focusAreas: [] }, { phone: "", focusAreas: ["x".repeat(61)] }, { phone: "" }, null]) {
      await expect(updateProfessionalProfile({ actor: actorOf(user), input })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
  });

  it("refuses a professional whose role changed since the actor was loaded", async () => {
    const user = await createUser({ role: "ACCOUNT_MANAGER" });
    await prisma.user.update({ where: { id: user.id }, data: { role: "JOBSEEKER" } });
    await expect(updateProfessionalProfile({ actor: actorOf(user), input: valid })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
