-- The CV lives in "CandidateCv" (decision 008); these columns were never used.
ALTER TABLE "Candidate" DROP COLUMN "cvStorageKey",
DROP COLUMN "cvFileName",
DROP COLUMN "cvSizeBytes",
DROP COLUMN "cvUploadedAt";
