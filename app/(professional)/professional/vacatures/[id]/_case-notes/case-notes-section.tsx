import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { findCaseNotes } from "@/lib/case-notes/find-case-notes";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { CaseNoteForm } from "./case-note-form";

const ROLE_LABELS: Record<string, string> = { ACCOUNT_MANAGER: "accountmanager", JOB_MEDIATOR: "bemiddelaar", ADMIN: "beheerder" };

/**
 * "Matchtafel-aantekeningen" on the professional vacancy page (B8): only for the owner
 * accountmanager of the employer and bemiddelaars; anyone else gets nothing rendered.
 */
export async function CaseNotesSection({ actor, vacancyId }: { actor: Actor; vacancyId: string }) {
  if (!can(actor, "caseNote.read")) return null;
  const data = await findCaseNotes({ actor, vacancyId }).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return null;
    throw error;
  });
  if (!data) return null;

  return (
    <section id="matchtafel" aria-labelledby="matchtafel-kop" className="mb-8 border-t-2 border-line-light pt-6">
      <h2 id="matchtafel-kop" className="mb-3 text-2xl">
        Matchtafel-aantekeningen
      </h2>
      {data.notes.length === 0 ? (
        <p className="mb-6">Er zijn nog geen aantekeningen bij deze vacature.</p>
      ) : (
        <ol className="mb-8 space-y-4">
          {data.notes.map((note) => (
            <li key={note.id} className="rounded-sm border border-line-light p-3">
              <p className="text-muted">
                {note.author} ({ROLE_LABELS[note.authorRole] ?? "professional"}), {formatDateTime(note.createdAt)}
                {note.candidate ? <> · over {note.candidate.label}</> : null}
              </p>
              <p className="mt-1 whitespace-pre-line">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      {can(actor, "caseNote.write") ? <CaseNoteForm vacancyId={vacancyId} candidates={data.candidateOptions} /> : null}
    </section>
  );
}
