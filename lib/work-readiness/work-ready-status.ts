/** One assessment as far as the candidate's werkfit status is concerned. */
export type StatusEntry = { assessedOn: Date; createdAt: Date; derivedWorkReady: boolean; overrideWorkReady: boolean | null };

export type WorkReadyStatus = { isWorkReady: boolean; since: Date | null };

/**
 * The candidate's werkfit status from the full history, oldest first (by date, then by recording):
 * each assessment's outcome is its override, else the derived value. `since` is the date the status
 * last became true; it stays while later assessments stay true and is cleared when one says no.
 * Replaying the history (instead of patching the last state) keeps an assessment recorded later
 * with an earlier date in its place.
 */
export function workReadyStatus(history: readonly StatusEntry[]): WorkReadyStatus {
  const ordered = [...history].sort((a, b) => a.assessedOn.getTime() - b.assessedOn.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
  let status: WorkReadyStatus = { isWorkReady: false, since: null };
  for (const entry of ordered) {
    const ready = entry.overrideWorkReady ?? entry.derivedWorkReady;
    if (!ready) status = { isWorkReady: false, since: null };
    else if (!status.isWorkReady) status = { isWorkReady: true, since: entry.assessedOn };
  }
  return status;
}
