import "server-only";
import type { TrafficLight } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { figureRows, type FigureRow } from "./figures";

export type ProgrammeProjectDetail = {
  id: string;
  number: number;
  name: string;
  status: TrafficLight;
  ownerName: string | null;
  figures: FigureRow[];
  /** The version for the edit form (lost-update guard). */
  updatedAt: Date;
  programme: { code: string; name: string; period: string };
  history: { id: string; fromStatus: TrafficLight | null; toStatus: TrafficLight; note: string | null; byName: string; at: Date }[];
};

/** One project with its full status history, newest first. */
export async function getProgrammeProject(actor: Actor, projectId: string): Promise<ProgrammeProjectDetail> {
  assertCan(actor, "dashboard.read");
  const project = await prisma.programmeProject.findUnique({
    where: { id: projectId },
    select: {
      id: true,
      number: true,
      name: true,
      status: true,
      ownerName: true,
      targets: true,
      actuals: true,
      updatedAt: true,
      programme: { select: { code: true, name: true, period: true } },
      history: {
        orderBy: [{ at: "desc" }, { id: "desc" }],
        select: { id: true, fromStatus: true, toStatus: true, note: true, at: true, byUser: { select: { name: true } } },
      },
    },
  });
  if (!project) throw new AppError("NOT_FOUND");
  return {
    id: project.id,
    number: project.number,
    name: project.name,
    status: project.status,
    ownerName: project.ownerName,
    figures: figureRows(project.targets, project.actuals),
    updatedAt: project.updatedAt,
    programme: project.programme,
    history: project.history.map(({ byUser, ...change }) => ({ ...change, byName: byUser.name })),
  };
}
