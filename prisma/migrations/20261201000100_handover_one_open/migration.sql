-- A separate migration because a new enum value cannot be used in the transaction that adds it.
-- At most one open handover per candidate (not expressible in the Prisma schema): a double click
-- or two tabs cannot hand the same person to two partners at once.
CREATE UNIQUE INDEX "Handover_one_open_per_candidate" ON "Handover"("candidateId") WHERE "status" IN ('AWAITING_CONSENT', 'PENDING');
