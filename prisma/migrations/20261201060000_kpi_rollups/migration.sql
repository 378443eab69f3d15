-- KPI roll-ups per day and per month (docs/decisions/014-kpi-rollups.md): a cache of the dashboard's
-- heaviest aggregates, rebuilt from the source rows by a job. The triggers below keep the cache exact:
-- every change to a source row (or to a dimension such as a candidate's bemiddelaar) deletes the
-- KpiRollupUnit rows of the days it touches and of their months, in the same transaction, so those
-- days are computed live again until the job rebuilds them.

CREATE TABLE "KpiRollupRow" (
    "id" BIGSERIAL NOT NULL,
    "fact" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "start" DATE NOT NULL,
    "municipalityCode" TEXT,
    "workAreaId" TEXT,
    "occupationClassCode" TEXT,
    "partnerId" TEXT,
    "measures" INTEGER[],
    CONSTRAINT "KpiRollupRow_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "KpiRollupRow_fact_grain_start_idx" ON "KpiRollupRow"("fact", "grain", "start");

CREATE TABLE "KpiRollupUnit" (
    "fact" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "start" DATE NOT NULL,
    "version" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3),
    CONSTRAINT "KpiRollupUnit_pkey" PRIMARY KEY ("fact", "grain", "start")
);

CREATE TABLE "KpiRollupFact" (
    "fact" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "KpiRollupFact_pkey" PRIMARY KEY ("fact")
);

-- Marks days of a fact as changed: deletes the roll-up units of those days and of their months. The
-- shared advisory lock per (fact, day) pairs with the exclusive one the refresh job holds while it
-- rebuilds that day or its month: a change either commits before the rebuild reads the day, or
-- deletes the rebuilt unit after it.
CREATE FUNCTION kpi_rollup_invalidate(f TEXT, days DATE[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d DATE;
BEGIN
  FOR d IN SELECT DISTINCT x FROM unnest(days) AS x WHERE x IS NOT NULL ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock_shared(hashtext('kpi-rollup:' || f), d - DATE '2000-01-01');
  END LOOP;
  DELETE FROM "KpiRollupUnit" WHERE "fact" = f AND "grain" = 'day' AND "start" = ANY(days);
  DELETE FROM "KpiRollupUnit" WHERE "fact" = f AND "grain" = 'month'
    AND "start" = ANY(ARRAY(SELECT DISTINCT date_trunc('month', x)::date FROM unnest(days) AS x));
END $$;

-- Marks every day of these facts as changed (rare: reference data that is a dimension of all rows).
CREATE FUNCTION kpi_rollup_invalidate_all(facts TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "KpiRollupFact" ("fact", "generation") SELECT f, 1 FROM unnest(facts) AS f
    ON CONFLICT ("fact") DO UPDATE SET "generation" = "KpiRollupFact"."generation" + 1;
  DELETE FROM "KpiRollupUnit" WHERE "fact" = ANY(facts);
END $$;

-- The day each fact counts a source row by. The 6-month mark must match SUSTAINABLE_AFTER_MONTHS
-- (lib/placements/dates.ts; a test checks it) and SUSTAINABLE_MARK in lib/kpi/facts/sustainable-fact.ts.
CREATE FUNCTION kpi_rollup_mark(start_date DATE) RETURNS DATE LANGUAGE sql IMMUTABLE AS $$
  SELECT (start_date + interval '6 months')::date
$$;

-- Lets the dashboard compute a day of duurzame plaatsingen live without scanning every placement.
CREATE INDEX "Placement_sustainable_mark_idx" ON "Placement" ((("startDate" + interval '6 months')::date));

-- Placements whose dimensions changed: their start day and 6-month mark, and their check-ins.
CREATE FUNCTION kpi_rollup_placements_moved(placement_ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(placement_ids) = 0 THEN RETURN; END IF;
  PERFORM kpi_rollup_invalidate('placements', ARRAY(SELECT DISTINCT pl."startDate" FROM "Placement" pl WHERE pl."id" = ANY(placement_ids)));
  PERFORM kpi_rollup_invalidate('sustainable', ARRAY(SELECT DISTINCT kpi_rollup_mark(pl."startDate") FROM "Placement" pl WHERE pl."id" = ANY(placement_ids)));
  PERFORM kpi_rollup_invalidate('aftercare', ARRAY(SELECT DISTINCT a."dueDate" FROM "AftercareCheck" a WHERE a."placementId" = ANY(placement_ids)));
  PERFORM kpi_rollup_invalidate('satisfaction', ARRAY(
    SELECT DISTINCT a."completedAt"::date FROM "AftercareCheck" a WHERE a."placementId" = ANY(placement_ids) AND a."completedAt" IS NOT NULL));
END $$;

-- Proposals whose dimensions changed.
CREATE FUNCTION kpi_rollup_proposals_moved(vacancy_ids TEXT[], candidate_ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kpi_rollup_invalidate('proposals', ARRAY(
    SELECT DISTINCT p."sharedAt"::date FROM "Proposal" p
    WHERE p."sharedAt" IS NOT NULL AND (p."vacancyId" = ANY(vacancy_ids) OR p."candidateId" = ANY(candidate_ids))));
END $$;

-- Vacancy: counted by createdAt. Its employer, occupation class and work area are dimensions of its
-- proposals and placements too.
CREATE FUNCTION kpi_rollup_vacancy_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kpi_rollup_invalidate('vacancies', ARRAY(SELECT DISTINCT "createdAt"::date FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kpi_rollup_invalidate('vacancies', ARRAY(SELECT DISTINCT "createdAt"::date FROM old_rows));
  ELSE
    PERFORM kpi_rollup_invalidate('vacancies', ARRAY(
      SELECT DISTINCT x::date FROM new_rows n JOIN old_rows o ON o."id" = n."id", unnest(ARRAY[n."createdAt", o."createdAt"]) AS x
      WHERE (n."createdAt", n."organisationId", n."occupationClassCode", n."workAreaId")
        IS DISTINCT FROM (o."createdAt", o."organisationId", o."occupationClassCode", o."workAreaId")));
    moved := ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."organisationId", n."occupationClassCode", n."workAreaId") IS DISTINCT FROM (o."organisationId", o."occupationClassCode", o."workAreaId"));
    IF cardinality(moved) > 0 THEN
      PERFORM kpi_rollup_proposals_moved(moved, '{}');
      PERFORM kpi_rollup_placements_moved(ARRAY(SELECT pl."id" FROM "Placement" pl WHERE pl."vacancyId" = ANY(moved)));
    END IF;
  END IF;
  RETURN NULL;
END $$;

-- Proposal: counted by sharedAt, on the columns the figures read.
CREATE FUNCTION kpi_rollup_proposal_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kpi_rollup_invalidate('proposals', ARRAY(SELECT DISTINCT "sharedAt"::date FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kpi_rollup_invalidate('proposals', ARRAY(SELECT DISTINCT "sharedAt"::date FROM old_rows));
  ELSE
    PERFORM kpi_rollup_invalidate('proposals', ARRAY(
      SELECT DISTINCT x::date FROM new_rows n JOIN old_rows o ON o."id" = n."id", unnest(ARRAY[n."sharedAt", o."sharedAt"]) AS x
      WHERE (n."sharedAt", n."status", n."declineReason", n."responseDueBy", n."respondedAt", n."vacancyId", n."candidateId")
        IS DISTINCT FROM (o."sharedAt", o."status", o."declineReason", o."responseDueBy", o."respondedAt", o."vacancyId", o."candidateId")));
  END IF;
  RETURN NULL;
END $$;

-- Placement: counted by startDate (placements) and by its 6-month mark (sustainable); its end date,
-- candidate, vacancy and employer also decide where its check-ins count.
CREATE FUNCTION kpi_rollup_placement_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kpi_rollup_invalidate('placements', ARRAY(SELECT DISTINCT "startDate" FROM new_rows));
    PERFORM kpi_rollup_invalidate('sustainable', ARRAY(SELECT DISTINCT kpi_rollup_mark("startDate") FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kpi_rollup_invalidate('placements', ARRAY(SELECT DISTINCT "startDate" FROM old_rows));
    PERFORM kpi_rollup_invalidate('sustainable', ARRAY(SELECT DISTINCT kpi_rollup_mark("startDate") FROM old_rows));
  ELSE
    changed := ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."startDate", n."contractType", n."endedOn", n."sustainableAt", n."candidateId", n."vacancyId", n."organisationId")
        IS DISTINCT FROM (o."startDate", o."contractType", o."endedOn", o."sustainableAt", o."candidateId", o."vacancyId", o."organisationId"));
    IF cardinality(changed) > 0 THEN
      -- the old start day and mark; the new ones and the check-ins follow from the current rows
      PERFORM kpi_rollup_invalidate('placements', ARRAY(SELECT DISTINCT o."startDate" FROM old_rows o WHERE o."id" = ANY(changed)));
      PERFORM kpi_rollup_invalidate('sustainable', ARRAY(SELECT DISTINCT kpi_rollup_mark(o."startDate") FROM old_rows o WHERE o."id" = ANY(changed)));
      PERFORM kpi_rollup_placements_moved(changed);
    END IF;
  END IF;
  RETURN NULL;
END $$;

-- AftercareCheck: counted by dueDate (aftercare) and, for employers' scores, by completedAt (satisfaction).
CREATE FUNCTION kpi_rollup_aftercare_check_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kpi_rollup_invalidate('aftercare', ARRAY(SELECT DISTINCT "dueDate" FROM new_rows));
    PERFORM kpi_rollup_invalidate('satisfaction', ARRAY(SELECT DISTINCT "completedAt"::date FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kpi_rollup_invalidate('aftercare', ARRAY(SELECT DISTINCT "dueDate" FROM old_rows));
    PERFORM kpi_rollup_invalidate('satisfaction', ARRAY(SELECT DISTINCT "completedAt"::date FROM old_rows));
  ELSE
    PERFORM kpi_rollup_invalidate('aftercare', ARRAY(
      SELECT DISTINCT x FROM new_rows n JOIN old_rows o ON o."id" = n."id", unnest(ARRAY[n."dueDate", o."dueDate"]) AS x
      WHERE (n."dueDate", n."completedAt", n."placementId") IS DISTINCT FROM (o."dueDate", o."completedAt", o."placementId")));
    PERFORM kpi_rollup_invalidate('satisfaction', ARRAY(
      SELECT DISTINCT x::date FROM new_rows n JOIN old_rows o ON o."id" = n."id", unnest(ARRAY[n."completedAt", o."completedAt"]) AS x
      WHERE (n."completedAt", n."score", n."side", n."placementId") IS DISTINCT FROM (o."completedAt", o."score", o."side", o."placementId")));
  END IF;
  RETURN NULL;
END $$;

-- Question: counted by createdAt.
CREATE FUNCTION kpi_rollup_question_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kpi_rollup_invalidate('questions', ARRAY(SELECT DISTINCT "createdAt"::date FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kpi_rollup_invalidate('questions', ARRAY(SELECT DISTINCT "createdAt"::date FROM old_rows));
  ELSE
    PERFORM kpi_rollup_invalidate('questions', ARRAY(
      SELECT DISTINCT x::date FROM new_rows n JOIN old_rows o ON o."id" = n."id", unnest(ARRAY[n."createdAt", o."createdAt"]) AS x
      WHERE (n."createdAt", n."answeredAt", n."organisationId") IS DISTINCT FROM (o."createdAt", o."answeredAt", o."organisationId")));
  END IF;
  RETURN NULL;
END $$;

-- Organisation: its municipality is a dimension of its vacancies, their proposals, its placements and questions.
CREATE FUNCTION kpi_rollup_organisation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved TEXT[];
  vacancy_ids TEXT[];
BEGIN
  moved := ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."municipalityCode" IS DISTINCT FROM o."municipalityCode");
  IF cardinality(moved) > 0 THEN
    vacancy_ids := ARRAY(SELECT v."id" FROM "Vacancy" v WHERE v."organisationId" = ANY(moved));
    PERFORM kpi_rollup_invalidate('vacancies', ARRAY(SELECT DISTINCT v."createdAt"::date FROM "Vacancy" v WHERE v."id" = ANY(vacancy_ids)));
    PERFORM kpi_rollup_proposals_moved(vacancy_ids, '{}');
    PERFORM kpi_rollup_placements_moved(ARRAY(SELECT pl."id" FROM "Placement" pl WHERE pl."organisationId" = ANY(moved)));
    PERFORM kpi_rollup_invalidate('questions', ARRAY(SELECT DISTINCT q."createdAt"::date FROM "Question" q WHERE q."organisationId" = ANY(moved)));
  END IF;
  RETURN NULL;
END $$;

-- Candidate: where the resident lives and who their bemiddelaar is are dimensions of their proposals and placements.
CREATE FUNCTION kpi_rollup_candidate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved TEXT[];
BEGIN
  moved := ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE (n."ownerId", n."municipalityCode") IS DISTINCT FROM (o."ownerId", o."municipalityCode"));
  IF cardinality(moved) > 0 THEN
    PERFORM kpi_rollup_proposals_moved('{}', moved);
    PERFORM kpi_rollup_placements_moved(ARRAY(SELECT pl."id" FROM "Placement" pl WHERE pl."candidateId" = ANY(moved)));
  END IF;
  RETURN NULL;
END $$;

-- CandidateTargetGroup: doelgroepregister membership decides the banenafspraak count of the resident's placements.
CREATE FUNCTION kpi_rollup_target_group_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  candidate_ids TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    candidate_ids := ARRAY(SELECT "candidateId" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    candidate_ids := ARRAY(SELECT "candidateId" FROM old_rows);
  ELSE
    candidate_ids := ARRAY(SELECT "candidateId" FROM new_rows UNION SELECT "candidateId" FROM old_rows);
  END IF;
  PERFORM kpi_rollup_invalidate('placements', ARRAY(SELECT DISTINCT pl."startDate" FROM "Placement" pl WHERE pl."candidateId" = ANY(candidate_ids)));
  RETURN NULL;
END $$;

-- A professional moving to another partner organisation, or a municipality to another work area.
CREATE FUNCTION kpi_rollup_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."partnerOrganisationId" IS DISTINCT FROM o."partnerOrganisationId") THEN
    PERFORM kpi_rollup_invalidate_all(ARRAY['proposals', 'placements', 'sustainable', 'aftercare', 'satisfaction']);
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION kpi_rollup_municipality_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o."code" = n."code" WHERE n."workAreaId" IS DISTINCT FROM o."workAreaId") THEN
    PERFORM kpi_rollup_invalidate_all(ARRAY['vacancies', 'proposals', 'placements', 'sustainable', 'aftercare', 'satisfaction', 'questions']);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "kpi_rollup_vacancy_insert" AFTER INSERT ON "Vacancy" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_vacancy_changed();
CREATE TRIGGER "kpi_rollup_vacancy_update" AFTER UPDATE ON "Vacancy" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_vacancy_changed();
CREATE TRIGGER "kpi_rollup_vacancy_delete" AFTER DELETE ON "Vacancy" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_vacancy_changed();
CREATE TRIGGER "kpi_rollup_proposal_insert" AFTER INSERT ON "Proposal" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_proposal_changed();
CREATE TRIGGER "kpi_rollup_proposal_update" AFTER UPDATE ON "Proposal" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_proposal_changed();
CREATE TRIGGER "kpi_rollup_proposal_delete" AFTER DELETE ON "Proposal" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_proposal_changed();
CREATE TRIGGER "kpi_rollup_placement_insert" AFTER INSERT ON "Placement" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_placement_changed();
CREATE TRIGGER "kpi_rollup_placement_update" AFTER UPDATE ON "Placement" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_placement_changed();
CREATE TRIGGER "kpi_rollup_placement_delete" AFTER DELETE ON "Placement" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_placement_changed();
CREATE TRIGGER "kpi_rollup_aftercare_check_insert" AFTER INSERT ON "AftercareCheck" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_aftercare_check_changed();
CREATE TRIGGER "kpi_rollup_aftercare_check_update" AFTER UPDATE ON "AftercareCheck" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_aftercare_check_changed();
CREATE TRIGGER "kpi_rollup_aftercare_check_delete" AFTER DELETE ON "AftercareCheck" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_aftercare_check_changed();
CREATE TRIGGER "kpi_rollup_question_insert" AFTER INSERT ON "Question" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_question_changed();
CREATE TRIGGER "kpi_rollup_question_update" AFTER UPDATE ON "Question" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_question_changed();
CREATE TRIGGER "kpi_rollup_question_delete" AFTER DELETE ON "Question" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_question_changed();
CREATE TRIGGER "kpi_rollup_candidate_target_group_insert" AFTER INSERT ON "CandidateTargetGroup" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_target_group_changed();
CREATE TRIGGER "kpi_rollup_candidate_target_group_update" AFTER UPDATE ON "CandidateTargetGroup" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_target_group_changed();
CREATE TRIGGER "kpi_rollup_candidate_target_group_delete" AFTER DELETE ON "CandidateTargetGroup" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_target_group_changed();
CREATE TRIGGER "kpi_rollup_organisation_update" AFTER UPDATE ON "Organisation" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_organisation_changed();
CREATE TRIGGER "kpi_rollup_candidate_update" AFTER UPDATE ON "Candidate" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_candidate_changed();
CREATE TRIGGER "kpi_rollup_user_update" AFTER UPDATE ON "User" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_user_changed();
CREATE TRIGGER "kpi_rollup_municipality_update" AFTER UPDATE ON "Municipality" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_municipality_changed();
