import type { ReviewStatus } from "@/generated/prisma/enums";

export type SroiTotals = {
  obligationCents: bigint;
  /** Approved deliveries only: what counts towards the obligation. */
  deliveredCents: bigint;
  /** Reported, not yet reviewed. */
  pendingCents: bigint;
  openCents: bigint;
  /** Whole percent of the obligation delivered, 0–100. */
  percent: number;
};

/** Obligation vs delivered: only APPROVED deliveries count. */
export function sroiTotals(obligationCents: bigint, deliveries: readonly { status: ReviewStatus; valueCents: bigint }[]): SroiTotals {
  let deliveredCents = 0n;
  let pendingCents = 0n;
  for (const delivery of deliveries) {
    if (delivery.status === "APPROVED") deliveredCents += delivery.valueCents;
    else if (delivery.status === "REPORTED") pendingCents += delivery.valueCents;
  }
  const openCents = deliveredCents >= obligationCents ? 0n : obligationCents - deliveredCents;
  const percent = obligationCents > 0n ? Number(deliveredCents >= obligationCents ? 100n : (deliveredCents * 100n) / obligationCents) : 0;
  return { obligationCents, deliveredCents, pendingCents, openCents, percent };
}
