import "server-only";
import type { TrafficLight } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { figureRows, programmeFigureRows, type FigureRow } from "./figures";

export type ProgrammeProjectRow = {
  id: string;
  number: number;
  name: string;
  status: TrafficLight;
  ownerName: string | null;
  figures: FigureRow[];
  lastChange: { at: Date; byName: string } | null;
};

export type ProgrammeOverview = {
  id: string;
  code: string;
  name: string;
  period: string;
  figures: FigureRow[];
  projects: ProgrammeProjectRow[];
};

/** D3: every programme with its projects, traffic light, owner, targets vs actuals and last status change. */
export async function findProgrammes(actor: Actor): Promise<ProgrammeOverview[]> {
  assertCan(actor, "dashboard.read");
  const programmes = await prisma.programme.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      period: true,
      targets: true,
      projects: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          name: true,
          status: true,
          ownerName: true,
          targets: true,
          actuals: true,
          history: { orderBy: { at: "desc" }, take: 1, select: { at: true, byUser: { select: { name: true } } } },
        },
      },
    },
  });
  return programmes.map((programme) => ({
    id: programme.id,
    code: programme.code,
    name: programme.name,
    period: programme.period,
    figures: programmeFigureRows(
      programme.targets,
      programme.projects.map((project) => project.actuals),
    ),
    projects: programme.projects.map((project) => {
      const last = project.history[0];
      return {
        id: project.id,
        number: project.number,
        name: project.name,
        status: project.status,
        ownerName: project.ownerName,
        figures: figureRows(project.targets, project.actuals),
        lastChange: last ? { at: last.at, byName: last.byUser.name } : null,
      };
    }),
  }));
}
