import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { actorFor } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";
import { findProgrammes } from "./find-programmes";
import { getProgrammeProject } from "./get-programme-project";
import { updateProgrammeProject } from "./update-programme-project";

async function seedProgramme() {
  const programme = await prisma.programme.create({
    data: {
      code: `POW-${uniqueSuffix()}`,
      name: "Perspectief op Werk",
      period: "2020-2021",
      targets: { outflowToWork: 500 },
      projects: {
        create: [
          { number: 6, name: "Wijkleerbedrijf (zorg)", status: "ORANGE", targets: { participants: 60, outflowToWork: 36 } },
          { number: 7, name: "Gezamenlijke aanpak GGZ", status: "GREEN", targets: { trajectories: 12 }, actuals: { trajectories: 9, outflowToWork: 4 } },
        ],
      },
    },
    include: { projects: { orderBy: { number: "asc" } } },
  });
  const [wijkleerbedrijf, ggz] = programme.projects;
  return { programme, wijkleerbedrijf: wijkleerbedrijf!, ggz: ggz! };
}

async function actorWithRole(role: Role) {
  return actorFor(await createUser({ role, name: `Test ${role}` }));
}

const edit = (project: { id: string; updatedAt: Date }, overrides: Record<string, unknown> = {}) => ({
  projectId: project.id,
  version: project.updatedAt.toISOString(),
  status: "RED",
  ownerName: "Sanne de Vries",
  actuals: {},
  note: "Zorgaanbieder heeft de start uitgesteld.",
  ...overrides,
});

describe("programme monitor", () => {
  it("lists programmes with projects, owner, targets vs actuals and the last change", async () => {
    const { programme: seeded, ggz } = await seedProgramme();
    const staff = await actorWithRole("REGIONAL_STAFF");
    const mine = async () => (await findProgrammes(staff)).filter((programme) => programme.id === seeded.id);
    const programmes = await mine();
    expect(programmes).toHaveLength(1);
    const [programme] = programmes;
    expect(programme!.figures).toEqual([{ key: "outflowToWork", label: "Uitstroom naar werk", target: 500, actual: 4 }]);
    expect(programme!.projects.map((project) => [project.number, project.status, project.lastChange])).toEqual([
      [6, "ORANGE", null],
      [7, "GREEN", null],
    ]);
    expect(programme!.projects[1]!.figures).toEqual([
      { key: "trajectories", label: "Trajecten", target: 12, actual: 9 },
      { key: "outflowToWork", label: "Uitstroom naar werk", target: null, actual: 4 },
    ]);

    await updateProgrammeProject({ actor: staff, input: edit(ggz, { status: "DONE", note: null }) });
    const after = await mine();
    expect(after[0]!.projects[1]!.lastChange).toMatchObject({ byName: "Test REGIONAL_STAFF" });
  });

  it("staff change status, owner and actuals; the status change is in the history with note, who and when", async () => {
    const { wijkleerbedrijf } = await seedProgramme();
    const staff = await actorWithRole("REGIONAL_STAFF");
    const result = await updateProgrammeProject({
      actor: staff,
      input: edit(wijkleerbedrijf, { actuals: { participants: 41, outflowToWork: null } }),
    });
    expect(result).toMatchObject({ status: "RED", statusChanged: true });

    const detail = await getProgrammeProject(staff, wijkleerbedrijf.id);
    expect(detail).toMatchObject({ status: "RED", ownerName: "Sanne de Vries", programme: { name: "Perspectief op Werk" } });
    expect(detail.figures).toEqual([
      { key: "participants", label: "Deelnemers", target: 60, actual: 41 },
      { key: "outflowToWork", label: "Uitstroom naar werk", target: 36, actual: null },
    ]);
    expect(detail.history).toEqual([
      {
        id: expect.any(String),
        fromStatus: "ORANGE",
        toStatus: "RED",
        note: "Zorgaanbieder heeft de start uitgesteld.",
        byName: "Test REGIONAL_STAFF",
        at: result.updatedAt,
      },
    ]);
  });

  it("writes history only when the status changes", async () => {
    const { ggz } = await seedProgramme();
    const admin = await actorWithRole("ADMIN");
    const first = await updateProgrammeProject({ actor: admin, input: edit(ggz, { status: "GREEN", note: "", actuals: { trajectories: 10 } }) });
    expect(first.statusChanged).toBe(false);
    expect(await prisma.programmeStatusChange.count({ where: { projectId: ggz.id } })).toBe(0);
    expect(await prisma.programmeProject.findUniqueOrThrow({ where: { id: ggz.id } })).toMatchObject({
      actuals: { trajectories: 10, outflowToWork: 4 },
      ownerName: "Sanne de Vries",
    });

    // A note without a status change would be lost: refused, nothing stored.
    await expect(
      updateProgrammeProject({ actor: admin, input: edit({ id: ggz.id, updatedAt: first.updatedAt }, { status: "GREEN", ownerName: "Iemand anders" }) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await prisma.programmeProject.findUniqueOrThrow({ where: { id: ggz.id } })).ownerName).toBe("Sanne de Vries");

    await updateProgrammeProject({ actor: admin, input: edit({ id: ggz.id, updatedAt: first.updatedAt }, { status: "DONE" }) });
    expect(await prisma.programmeStatusChange.findMany({ where: { projectId: ggz.id } })).toMatchObject([
      { fromStatus: "GREEN", toStatus: "DONE", byUserId: admin.userId },
    ]);
  });

  it("refuses editing to everyone but REGIONAL_STAFF and ADMIN, and stores nothing", async () => {
    const { wijkleerbedrijf } = await seedProgramme();
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR"] as const) {
      const actor = await actorWithRole(role);
      await expect(updateProgrammeProject({ actor, input: edit(wijkleerbedrijf) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.programmeProject.findUniqueOrThrow({ where: { id: wijkleerbedrijf.id } })).toMatchObject({
      status: "ORANGE",
      ownerName: null,
      updatedAt: wijkleerbedrijf.updatedAt,
    });
    expect(await prisma.programmeStatusChange.count({ where: { projectId: wijkleerbedrijf.id } })).toBe(0);
  });

  it("lets accountmanagers and bemiddelaars read, but not employers or residents", async () => {
    const { programme, wijkleerbedrijf } = await seedProgramme();
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR"] as const) {
      const actor = await actorWithRole(role);
      expect((await findProgrammes(actor)).map((row) => row.id)).toContain(programme.id);
      expect((await getProgrammeProject(actor, wijkleerbedrijf.id)).name).toBe("Wijkleerbedrijf (zorg)");
    }
    for (const role of ["EMPLOYER", "JOBSEEKER"] as const) {
      const actor = await actorWithRole(role);
      await expect(findProgrammes(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getProgrammeProject(actor, wijkleerbedrijf.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const staff = await actorWithRole("REGIONAL_STAFF");
    await expect(getProgrammeProject(staff, "bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateProgrammeProject({ actor: staff, input: edit({ id: "bestaat-niet", updatedAt: new Date() }) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("stores nothing for bad input", async () => {
    const { wijkleerbedrijf } = await seedProgramme();
    const staff = await actorWithRole("REGIONAL_STAFF");
    const bad = [
      edit(wijkleerbedrijf, { status: "PAARS" }),
      edit(wijkleerbedrijf, { ownerName: "x".repeat(101) }),
      edit(wijkleerbedrijf, { ownerName: "<script>alert(1)</script>" }),
      edit(wijkleerbedrijf, { note: "x".repeat(1001) }),
      edit(wijkleerbedrijf, { actuals: { participants: -1 } }),
      edit(wijkleerbedrijf, { actuals: { participants: 2.5 } }),
      edit(wijkleerbedrijf, { actuals: { participants: Number.NaN } }),
      edit(wijkleerbedrijf, { actuals: { unknownFigure: 3 } }),
      edit(wijkleerbedrijf, { version: "gisteren" }),
    ];
    for (const input of bad) {
      await expect(updateProgrammeProject({ actor: staff, input })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await prisma.programmeProject.findUniqueOrThrow({ where: { id: wijkleerbedrijf.id } })).toMatchObject({
      status: "ORANGE",
      ownerName: null,
      actuals: null,
      updatedAt: wijkleerbedrijf.updatedAt,
    });
    expect(await prisma.programmeStatusChange.count({ where: { projectId: wijkleerbedrijf.id } })).toBe(0);
  });

  it("refuses an edit based on an old version, also when two edits arrive at once", async () => {
    const { wijkleerbedrijf } = await seedProgramme();
    const staff = await actorWithRole("REGIONAL_STAFF");
    const admin = await actorWithRole("ADMIN");
    const results = await Promise.allSettled([
      updateProgrammeProject({ actor: staff, input: edit(wijkleerbedrijf, { status: "RED" }) }),
      updateProgrammeProject({ actor: admin, input: edit(wijkleerbedrijf, { status: "GREEN" }) }),
    ]);
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result) => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringContaining("Iemand anders heeft dit project intussen gewijzigd"),
    });
    expect(await prisma.programmeStatusChange.count({ where: { projectId: wijkleerbedrijf.id } })).toBe(1);

    // The same stale form sent again later is still refused.
    await expect(updateProgrammeProject({ actor: staff, input: edit(wijkleerbedrijf, { status: "DONE" }) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await prisma.programmeStatusChange.count({ where: { projectId: wijkleerbedrijf.id } })).toBe(1);
  });
});
