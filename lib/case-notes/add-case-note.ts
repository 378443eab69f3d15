import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor, vacancyWhereFor } from "@/lib/auth/ownership-where";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { addCaseNoteSchema, CHOOSE_OWN_CANDIDATE_MESSAGE } from "./schemas";

const REPEAT_WINDOW_MS = 30_000;

/**
 * A professional writes a matchtafel note on a vacancy (B8): the owner accountmanager of the
 * employer or any bemiddelaar. Only a bemiddelaar may link a candidate, and only one they own; that
 * write is audited (caseNote.record). The owner accountmanager and the bemiddelaars the vacancy was
 * handed to are notified, without the candidate's name. The same text sent again by the same author
 * within 30 seconds (a double click) is stored once: an advisory lock per author and vacancy
 * serialises the check.
 */
export async function addCaseNote({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string }> {
  assertCan(actor, "caseNote.write");
  const parsed = addCaseNoteSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { vacancyId, text, candidateId } = parsed.data;
  const at = now ?? new Date();

  let after = async () => {};
  const result = await prisma.$transaction(async (tx) => {
    const vacancy = await tx.vacancy.findFirst({
      where: { AND: [{ id: vacancyId }, vacancyWhereFor(actor, "caseNote.write")] },
      select: { id: true, title: true, organisation: { select: { ownerId: true } }, handovers: { select: { mediatorId: true } } },
    });
    if (!vacancy) throw new AppError("NOT_FOUND");
    if (candidateId) {
      if (!can(actor, "caseNote.linkCandidate")) throw new FieldInputError("candidateId", "Alleen een bemiddelaar kan een kandidaat aan een aantekening koppelen.");
      const own = await tx.candidate.findFirst({
        where: { AND: [{ id: candidateId, anonymisedAt: null }, candidateWhereFor(actor, "caseNote.linkCandidate")] },
        select: { id: true },
      });
      if (!own) throw new FieldInputError("candidateId", CHOOSE_OWN_CANDIDATE_MESSAGE);
    }

    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`caseNote:${actor.userId}:${vacancy.id}`}))`;
    const repeat = await tx.caseNote.findFirst({
      where: { vacancyId: vacancy.id, authorId: actor.userId, text, candidateId: candidateId || null, createdAt: { gte: new Date(at.getTime() - REPEAT_WINDOW_MS) } },
      select: { id: true },
    });
    if (repeat) return repeat;

    const note = await tx.caseNote.create({
      data: { vacancyId: vacancy.id, authorId: actor.userId, text, candidateId: candidateId || null, createdAt: at },
      select: { id: true },
    });
    if (candidateId) {
      await recordCandidateAccess(tx, actor, [
        { candidateId, action: "caseNote.record", purpose: "Aantekening over een vacature (matchtafel) vastleggen", entity: "CaseNote", entityId: note.id },
      ]);
    }
    const involved = new Set([vacancy.organisation.ownerId, ...vacancy.handovers.map((handover) => handover.mediatorId)]);
    involved.delete(actor.userId);
    const recipients = await tx.user.findMany({ where: { id: { in: [...involved] }, disabledAt: null }, select: { id: true } });
    after = await notify(
      tx,
      recipients.map((user) => ({
        userId: user.id,
        kind: "caseNote.added" as const,
        title: `Nieuwe matchtafel-aantekening bij ${vacancy.title}`,
        body: `${actor.name} schreef een aantekening bij de vacature.`,
        link: `/professional/vacatures/${vacancy.id}#matchtafel`,
      })),
    );
    return note;
  });
  await after();
  return result;
}
