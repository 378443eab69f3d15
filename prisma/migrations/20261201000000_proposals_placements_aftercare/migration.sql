-- Issue 5: proposal → consent → employer answer → placement → aftercare, warm handovers (decision 009).

ALTER TYPE "HandoverStatus" ADD VALUE 'AWAITING_CONSENT' BEFORE 'PENDING';
ALTER TYPE "HandoverStatus" ADD VALUE 'CONSENT_DECLINED' BEFORE 'PENDING';
ALTER TYPE "HandoverStatus" ADD VALUE 'CANCELLED' BEFORE 'PENDING';

CREATE TYPE "CandidateStatus" AS ENUM ('SEEKING', 'PLACED');
CREATE TYPE "PlacementEndReason" AS ENUM ('TRIAL_NOT_CONTINUED', 'CONTRACT_NOT_RENEWED', 'DISMISSED', 'RESIGNED', 'ILLNESS', 'OTHER');

ALTER TABLE "Candidate" ADD COLUMN "status" "CandidateStatus" NOT NULL DEFAULT 'SEEKING';

ALTER TABLE "Consent" ADD COLUMN "handoverId" TEXT;
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_handoverId_fkey" FOREIGN KEY ("handoverId") REFERENCES "Handover"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Consent_proposalId_idx" ON "Consent"("proposalId");
CREATE INDEX "Consent_handoverId_idx" ON "Consent"("handoverId");

ALTER TABLE "Proposal" ADD COLUMN "sharedAt" TIMESTAMP(3),
ADD COLUMN "responseDueBy" TIMESTAMP(3),
ADD COLUMN "interviewOutcomeAt" TIMESTAMP(3),
ADD COLUMN "withdrawnReason" TEXT;
CREATE INDEX "Proposal_status_responseDueBy_idx" ON "Proposal"("status", "responseDueBy");
CREATE INDEX "Proposal_proposedById_status_idx" ON "Proposal"("proposedById", "status");

CREATE TABLE "ProposalStatusChange" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "fromStatus" "ProposalStatus",
    "toStatus" "ProposalStatus" NOT NULL,
    "byUserId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProposalStatusChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ProposalStatusChange_proposalId_at_idx" ON "ProposalStatusChange"("proposalId", "at");
CREATE INDEX "ProposalStatusChange_toStatus_at_idx" ON "ProposalStatusChange"("toStatus", "at");
ALTER TABLE "ProposalStatusChange" ADD CONSTRAINT "ProposalStatusChange_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProposalStatusChange" ADD CONSTRAINT "ProposalStatusChange_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Placement" ADD COLUMN "trialAssessedAt" TIMESTAMP(3),
ADD COLUMN "endReasonCode" "PlacementEndReason";
CREATE INDEX "Placement_recordedById_idx" ON "Placement"("recordedById");

CREATE TABLE "PlacementSignal" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "raisedById" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),
    "handledById" TEXT,
    "handledNote" TEXT,
    CONSTRAINT "PlacementSignal_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PlacementSignal_placementId_createdAt_idx" ON "PlacementSignal"("placementId", "createdAt");
CREATE INDEX "PlacementSignal_handledAt_idx" ON "PlacementSignal"("handledAt");
ALTER TABLE "PlacementSignal" ADD CONSTRAINT "PlacementSignal_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlacementSignal" ADD CONSTRAINT "PlacementSignal_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlacementSignal" ADD CONSTRAINT "PlacementSignal_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

DROP INDEX "InstrumentApplication_placementId_idx";
CREATE UNIQUE INDEX "InstrumentApplication_placementId_instrumentCode_key" ON "InstrumentApplication"("placementId", "instrumentCode");

ALTER TABLE "AftercareCheck" ADD COLUMN "notifiedAt" TIMESTAMP(3),
ADD COLUMN "followedUpAt" TIMESTAMP(3),
ADD COLUMN "followedUpById" TEXT,
ADD COLUMN "followUpNote" TEXT;
ALTER TABLE "AftercareCheck" ADD CONSTRAINT "AftercareCheck_followedUpById_fkey" FOREIGN KEY ("followedUpById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE INDEX "Handover_status_deadline_idx" ON "Handover"("status", "deadline");

CREATE TABLE "SystemClock" (
    "id" TEXT NOT NULL,
    "offsetMs" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "SystemClock_pkey" PRIMARY KEY ("id")
);
