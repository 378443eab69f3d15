import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createAccountManager, createWorkArea } from "@/tests/factories/organisations";
import { createUser } from "@/tests/factories/users";
import { findTeamDirectory, teamDirectoryFilterSchema } from "./find-team-directory";

const actorOf = (user: { id: string; role: Actor["role"]; name: string }): Actor => ({ userId: user.id, role: user.role, name: user.name, organisationId: null, partnerOrganisationId: null });

describe("findTeamDirectory", () => {
  it("lists active accountmanagers and bemiddelaars only, with partner, work areas and focus areas, and filters", async () => {
    const partner = await prisma.partnerOrganisation.create({ data: { code: "UWV", name: "UWV", kind: "public" } });
    const area = await createWorkArea({ name: "Hilversum" });
    const am = await createAccountManager({ name: "Aa Accountmanager", workAreaIds: [area.id] });
    await prisma.user.update({ where: { id: am.id }, data: { partnerOrganisationId: partner.id, focusAreas: ["Zorg"], phone: "035 111 11 11" } });
    const bm = await createAccountManager({ name: "Bb Bemiddelaar", role: "JOB_MEDIATOR" });
    await createUser({ role: "ACCOUNT_MANAGER", name: "Cc Uit dienst", disabledAt: new Date() });
    for (const role of ["EMPLOYER", "JOBSEEKER", "REGIONAL_STAFF", "ADMIN"] as const) await createUser({ role, name: `Geen ${role}` });

    const actor = actorOf(bm);
    const all = await findTeamDirectory({ actor });
    expect(all.map((m) => m.name)).toEqual(["Aa Accountmanager", "Bb Bemiddelaar"]);
    expect(all[0]).toMatchObject({ role: "ACCOUNT_MANAGER", partnerOrganisation: "UWV", workAreas: ["Hilversum"], focusAreas: ["Zorg"], phone: "035 111 11 11" });

    const by = async (params: Record<string, string>) => (await findTeamDirectory({ actor, filter: teamDirectoryFilterSchema.parse(params) })).map((m) => m.id);
    expect(await by({ role: "JOB_MEDIATOR" })).toEqual([bm.id]);
    expect(await by({ role: "EMPLOYER" })).toEqual([am.id, bm.id]); // unknown role filter is dropped, never widens to other roles
    expect(await by({ partner: partner.id })).toEqual([am.id]);
    expect(await by({ workArea: area.id })).toEqual([am.id]);
  });

  it("is refused to employers and jobseekers", async () => {
    for (const role of ["EMPLOYER", "JOBSEEKER"] as const) {
      await expect(findTeamDirectory({ actor: actorOf(await createUser({ role })) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
