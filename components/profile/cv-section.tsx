import { cvDownloadPath } from "@/lib/candidate-profile/cv-url";
import { formatFileSize } from "@/lib/candidate-profile/cv-rules";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { CvDeleteButton, type DeleteCvAction } from "./cv-delete-button";
import { CvUploadForm } from "./cv-upload-form";

export type CvSummary = { fileName: string; sizeBytes: number; uploadedAt: Date } | null;

/** The current CV (download and delete) and the upload form. */
export function CvSection({ candidateId, cv, deleteAction, audience }: { candidateId: string; cv: CvSummary; deleteAction: DeleteCvAction; audience: "resident" | "professional" }) {
  return (
    <section aria-labelledby="cv-kop" className="mt-12 border-t-2 border-line-light pt-8">
      <h2 id="cv-kop" className="mb-4 text-2xl">
        Cv
      </h2>
      {cv ? (
        <div className="mb-6">
          <p className="mb-1">{audience === "resident" ? "Uw cv:" : "Huidig cv:"}</p>
          <p className="mb-3">
            <a href={cvDownloadPath(candidateId)} className="font-semibold underline underline-offset-2">
              {cv.fileName}
            </a>{" "}
            <span className="text-muted">
              ({formatFileSize(cv.sizeBytes)}, opgeslagen op {formatDateTime(cv.uploadedAt)})
            </span>
          </p>
          <CvDeleteButton action={deleteAction} candidateId={candidateId} />
        </div>
      ) : (
        <p className="mb-6">{audience === "resident" ? "U heeft nog geen cv toegevoegd." : "Er is nog geen cv toegevoegd."}</p>
      )}
      <CvUploadForm candidateId={candidateId} hasCv={cv !== null} />
    </section>
  );
}
