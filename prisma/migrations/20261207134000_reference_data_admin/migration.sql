-- Reference data that stays current (issue 14 O4): instrument amounts and links, werkfit rule versions by ADMIN,
-- labour-market figures as data with a pending CSV upload.
ALTER TABLE "Instrument" ADD COLUMN "amounts" TEXT;

CREATE TABLE "InstrumentLink" (
    "id" TEXT NOT NULL,
    "instrumentCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "InstrumentLink_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "InstrumentLink_instrumentCode_position_key" ON "InstrumentLink"("instrumentCode", "position");

ALTER TABLE "InstrumentLink" ADD CONSTRAINT "InstrumentLink_instrumentCode_fkey" FOREIGN KEY ("instrumentCode") REFERENCES "Instrument"("code") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "WorkReadinessRule" ADD COLUMN "submissionKey" TEXT;

CREATE UNIQUE INDEX "WorkReadinessRule_submissionKey_key" ON "WorkReadinessRule"("submissionKey");

-- Exactly one active werkfit rule: at most one by this index, at least one by activating in the same transaction.
CREATE UNIQUE INDEX "WorkReadinessRule_one_active" ON "WorkReadinessRule"("active") WHERE "active";

CREATE TABLE "LabourMarketFigure" (
    "id" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT '',
    "measure" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "LabourMarketFigure_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "LabourMarketFigure_section_category_measure_key" ON "LabourMarketFigure"("section", "category", "measure");

CREATE TABLE "LabourMarketUpload" (
    "id" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "baseHash" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "LabourMarketUpload_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LabourMarketUpload_createdAt_idx" ON "LabourMarketUpload"("createdAt");
