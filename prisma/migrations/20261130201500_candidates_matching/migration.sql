-- Candidates and matching (issue 4): travel times between work areas, the CV in the database,
-- and a change marker (the writing transaction's id) that the in-memory matching index syncs on.

-- CreateTable
CREATE TABLE "WorkAreaTravelTime" (
    "fromWorkAreaId" TEXT NOT NULL,
    "toWorkAreaId" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "WorkAreaTravelTime_pkey" PRIMARY KEY ("fromWorkAreaId","toWorkAreaId")
);

-- CreateTable
CREATE TABLE "CandidateCv" (
    "candidateId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateCv_pkey" PRIMARY KEY ("candidateId")
);

-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN "matchVersion" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "Vacancy" ADD COLUMN "matchVersion" BIGINT NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Candidate_matchVersion_idx" ON "Candidate"("matchVersion");
CREATE INDEX "Vacancy_matchVersion_idx" ON "Vacancy"("matchVersion");

-- AddForeignKey
ALTER TABLE "WorkAreaTravelTime" ADD CONSTRAINT "WorkAreaTravelTime_fromWorkAreaId_fkey" FOREIGN KEY ("fromWorkAreaId") REFERENCES "WorkArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WorkAreaTravelTime" ADD CONSTRAINT "WorkAreaTravelTime_toWorkAreaId_fkey" FOREIGN KEY ("toWorkAreaId") REFERENCES "WorkArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CandidateCv" ADD CONSTRAINT "CandidateCv_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every write of a candidate or vacancy row stamps it with the writing transaction's id.
CREATE FUNCTION werkcentrum_stamp_match_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."matchVersion" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Candidate_match_version" BEFORE INSERT OR UPDATE ON "Candidate"
  FOR EACH ROW EXECUTE FUNCTION werkcentrum_stamp_match_version();
CREATE TRIGGER "Vacancy_match_version" BEFORE INSERT OR UPDATE ON "Vacancy"
  FOR EACH ROW EXECUTE FUNCTION werkcentrum_stamp_match_version();

-- A change in a child table (skills, wishes, consents) touches its parent, which stamps it.
CREATE FUNCTION werkcentrum_touch_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Candidate" SET "matchVersion" = 0 WHERE "id" = OLD."candidateId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF TG_OP = 'INSERT' OR NEW."candidateId" IS DISTINCT FROM OLD."candidateId" THEN
      UPDATE "Candidate" SET "matchVersion" = 0 WHERE "id" = NEW."candidateId";
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION werkcentrum_touch_vacancy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Vacancy" SET "matchVersion" = 0 WHERE "id" = OLD."vacancyId";
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."vacancyId" IS DISTINCT FROM OLD."vacancyId") THEN
    UPDATE "Vacancy" SET "matchVersion" = 0 WHERE "id" = NEW."vacancyId";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "CandidateSkill_touch" AFTER INSERT OR UPDATE OR DELETE ON "CandidateSkill"
  FOR EACH ROW EXECUTE FUNCTION werkcentrum_touch_candidate();
CREATE TRIGGER "CandidateOccupationWish_touch" AFTER INSERT OR UPDATE OR DELETE ON "CandidateOccupationWish"
  FOR EACH ROW EXECUTE FUNCTION werkcentrum_touch_candidate();
CREATE TRIGGER "CandidateWorkAreaWish_touch" AFTER INSERT OR UPDATE OR DELETE ON "CandidateWorkAreaWish"
  FOR EACH ROW EXECUTE FUNCTION werkcentrum_touch_candidate();
CREATE TRIGGER "Consent_touch" AFTER INSERT OR UPDATE OR DELETE ON "Consent"
  FOR EACH ROW EXECUTE FUNCTION werkcentrum_touch_candidate();
CREATE TRIGGER "VacancySkill_touch" AFTER INSERT OR UPDATE OR DELETE ON "VacancySkill"
  FOR EACH ROW EXECUTE FUNCTION werkcentrum_touch_vacancy();
