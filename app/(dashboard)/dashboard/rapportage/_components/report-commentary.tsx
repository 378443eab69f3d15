import type { ReportCommentaryView } from "@/lib/reports/find-report-commentaries";
import type { ReportSection } from "@/lib/reports/schemas";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { CommentaryForm } from "./commentary-form";

/** The saved commentary (also on paper) and, for staff, the form to change it (not on paper). */
export function ReportCommentary({ period, section, commentary, canEdit }: { period: string; section: ReportSection; commentary?: ReportCommentaryView; canEdit: boolean }) {
  const headingId = `toelichting-titel-${section}`;
  return (
    <section aria-labelledby={headingId} className="mb-12 break-inside-avoid border-l-4 border-line-light pl-4 print:border-black">
      <h3 id={headingId} className="text-xl font-bold">
        Toelichting
      </h3>
      {commentary?.text ? (
        <>
          <p className="mt-2 max-w-3xl whitespace-pre-line" data-testid={`toelichting-${section}`}>
            {commentary.text}
          </p>
          <p className="mt-1 text-muted print:text-black">
            Laatst gewijzigd op {formatShortDate(commentary.updatedAt)} door {commentary.byName}.
          </p>
        </>
      ) : (
        <p className="mt-2">Er is nog geen toelichting geschreven.</p>
      )}
      {canEdit ? <CommentaryForm period={period} section={section} text={commentary?.text ?? ""} /> : null}
    </section>
  );
}
