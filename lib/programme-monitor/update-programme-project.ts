import "server-only";
import type { TrafficLight } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { numbers } from "./figures";
import { CONFLICT_MESSAGE, NOTE_WITHOUT_STATUS_CHANGE_MESSAGE, updateProgrammeProjectSchema } from "./schemas";

/**
 * D3: REGIONAL_STAFF or ADMIN change a project's status, owner and actuals. A status change is
 * recorded in the history (from → to, note, who, when) in the same transaction. The project's
 * updatedAt is the version: an edit based on an older version is refused with CONFLICT.
 */
export async function updateProgrammeProject({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<{ id: string; status: TrafficLight; statusChanged: boolean; updatedAt: Date }> {
  assertCan(actor, "programmeMonitor.edit");
  const parsed = updateProgrammeProjectSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { projectId, version, status, ownerName, actuals, note } = parsed.data;
  const expected = new Date(version);

  const project = await prisma.programmeProject.findUnique({
    where: { id: projectId },
    select: { id: true, status: true, targets: true, actuals: true, updatedAt: true },
  });
  if (!project) throw new AppError("NOT_FOUND");
  if (project.updatedAt.getTime() !== expected.getTime()) throw new AppError("CONFLICT", { userMessage: CONFLICT_MESSAGE });

  const statusChanged = project.status !== status;
  if (note && !statusChanged) throw new AppError("INVALID_INPUT", { userMessage: NOTE_WITHOUT_STATUS_CHANGE_MESSAGE });

  // Only figures the project has a target or an earlier actual for; an empty field clears the actual.
  const current = numbers(project.actuals);
  const known = new Set([...Object.keys(numbers(project.targets)), ...Object.keys(current)]);
  if (Object.keys(actuals).some((key) => !known.has(key))) throw new AppError("INVALID_INPUT");
  const merged: Record<string, number> = { ...current };
  for (const [key, value] of Object.entries(actuals)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }

  // Strictly later than the version read, so an edit based on it can never match again.
  const updatedAt = new Date(Math.max(Date.now(), expected.getTime() + 1));
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.programmeProject.updateMany({
      where: { id: project.id, updatedAt: expected },
      data: { status, ownerName, actuals: merged, updatedAt },
    });
    if (count !== 1) throw new AppError("CONFLICT", { userMessage: CONFLICT_MESSAGE });
    if (statusChanged) {
      await tx.programmeStatusChange.create({
        data: { projectId: project.id, fromStatus: project.status, toStatus: status, note, byUserId: actor.userId, at: updatedAt },
      });
    }
  });
  return { id: project.id, status, statusChanged, updatedAt };
}
