/**
 * A year of activity on top of the matching bench data (bench/matching/generate.ts), for the
 * dashboard bench: employer contacts (follow-up promises, double approaches), questions, advice of
 * every kind, a proposal funnel with placements and their aftercare check-ins, warm handovers,
 * target groups, events with attendance and SROI dossiers. Generated inside PostgreSQL like the
 * matching data (INSERT … SELECT generate_series, triggers and foreign keys off, indexes rebuilt after
 * the load); every value is a pure function of the row number (hashint8extended via bench_r), so the
 * data is the same on every run. All dates fall in the 12 months before `now`.
 *
 * National figures per year: ~400 k contacts, ~120 k questions, ~160 k advice records, ~600 k
 * proposals, ~60 k placements (300 k check-ins), ~40 k handovers, ~1,500 events, ~3,000 SROI
 * dossiers. The regional scale gets the same rates per employer, vacancy or candidate.
 */
import type pg from "pg";
import region from "../../prisma/seed-data/region.json" with { type: "json" };
import type { GenerationResult, Scale } from "../matching/generate";

export const STAFF_USER_ID = "bu-staff";
const DAY = 86_400;

const ACTIVITY_TABLES = [
  "ContactMoment", "Question", "AdviceRecord", "Proposal", "Placement", "AftercareCheck", "Handover",
  "CandidateTargetGroup", "Event", "EventRegistration", "SroiDossier", "SroiDelivery",
];
/** Referenced by foreign keys: their primary keys stay while loading. */
const PARENT_TABLES = ["Proposal", "Placement", "Handover", "Event", "SroiDossier"];

/** Yearly volumes: per employer (contacts, questions, advice), per vacancy (proposals), per candidate (handovers). */
export function activityVolumes(scale: Scale) {
  return {
    contacts: scale.organisations * 5,
    questions: Math.round(scale.organisations * 1.5),
    advice: scale.organisations * 2,
    proposals: Math.round(scale.vacancies * 1.5),
    handovers: Math.round(scale.candidates * 0.04),
    events: Math.max(12, Math.round(scale.organisations / 53)),
    sroiDossiers: Math.max(20, Math.round(scale.organisations / 27)),
  };
}

/** `weights` as a CASE on r (a 0–1 value): the code whose cumulative weight first exceeds r. */
function weightedCase(r: string, weights: Record<string, number>, type: string): string {
  const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
  let cumulative = 0;
  const branches = Object.entries(weights).map(([code, weight]) => {
    cumulative += weight;
    return `WHEN ${r} < ${(cumulative / total).toFixed(6)} THEN '${code}'`;
  });
  return `(CASE ${branches.join(" ")} ELSE '${Object.keys(weights).at(-1)}' END)::"${type}"`;
}
const text = (value: string) => `'${value.replaceAll("'", "''")}'`;
const textArray = (values: readonly string[]) => `ARRAY[${values.map(text).join(",")}]::text[]`;

export async function generateDashboardActivity(
  client: pg.Client,
  scale: Scale,
  now: Date,
  log: (line: string) => void,
): Promise<GenerationResult> {
  const started = performance.now();
  const perTable: Record<string, number> = {};
  const run = async (label: string, sql: string) => {
    const t = performance.now();
    const result = await client.query(sql);
    perTable[label] = (perTable[label] ?? 0) + (result.rowCount ?? 0);
    log(`  ${label.padEnd(26)} ${String(result.rowCount ?? 0).padStart(9)} rows  ${((performance.now() - t) / 1000).toFixed(1).padStart(5)} s`);
  };
  const volumes = activityVolumes(scale);
  const { candidates: N, vacancies: V, organisations: O, mediators: M, accountManagers: AM } = scale;

  // Every timestamp column is `timestamp(3)` holding UTC; T0 is the bench's "now".
  const T0 = `TIMESTAMP '${now.toISOString().replace("T", " ").replace("Z", "")}'`;
  const D0 = `(${T0})::date`;
  const cap = (ts: string) => `(CASE WHEN ${ts} > ${T0} THEN ${T0} ELSE ${ts} END)`; // NULL stays NULL (LEAST would not)
  const secondsAgo = (r: string, days = 365) => `${T0} - make_interval(secs => ${r} * ${days * DAY})`;
  const owner = (org: string) => `'bu-am-' || (1 + floor(bench_r(${org}, 40) * ${AM})::int)`; // Organisation.ownerId in generate.ts
  const candidateOwner = (candidate: string) => `'bu-bm-' || (1 + floor(bench_r(${candidate}, 30) * ${M})::int)`; // Candidate.ownerId
  const vacancyOrg = (vacancy: string) => `(1 + floor(bench_r(${vacancy}, 50) * ${O})::int)`; // Vacancy.organisationId
  const candidateId = (i: string) => `'bc' || lpad((${i})::text, 7, '0')`;
  const vacancyId = (i: string) => `'bv' || lpad((${i})::text, 7, '0')`;
  const vacancyCreated = (vacancy: string) => secondsAgo(`bench_r(${vacancy}, 70)`);
  const municipalities = region.municipalities.map((m) => m.code);

  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET work_mem = '64MB'`);
  await client.query(`
    DROP TABLE IF EXISTS bench_partner, bench_proposal;
    CREATE UNLOGGED TABLE bench_partner AS
      SELECT (row_number() OVER (ORDER BY code))::int - 1 AS idx, id, code FROM "PartnerOrganisation";
    CREATE OR REPLACE FUNCTION bench_partner_id(code text) RETURNS text STABLE LANGUAGE sql
      AS $$ SELECT id FROM bench_partner p WHERE p.code = $1 $$;`);

  const indexes = (
    await client.query<{ table: string; name: string; def: string; constraintDef: string | null }>(
      `SELECT t.relname AS table, ic.relname AS name, pg_get_indexdef(i.indexrelid) AS def, pg_get_constraintdef(c.oid) AS "constraintDef"
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = t.oid AND c.contype IN ('p', 'u')
       WHERE t.relname = ANY($1) AND NOT (i.indisprimary AND t.relname = ANY($2))`,
      [ACTIVITY_TABLES, PARENT_TABLES],
    )
  ).rows;
  for (const index of indexes) {
    await client.query(index.constraintDef ? `ALTER TABLE "${index.table}" DROP CONSTRAINT "${index.name}"` : `DROP INDEX "${index.name}"`);
  }

  await client.query("BEGIN");

  // People: bemiddelaars spread over the partners (the partner filter), a contact person per employer,
  // the staff member who opens the dashboard.
  await client.query(`
    UPDATE "User" SET "partnerOrganisationId" = bench_partner_id(CASE
      WHEN bench_r(substr(id, 7)::bigint, 120) < 0.40 THEN 'GEMEENTE' WHEN bench_r(substr(id, 7)::bigint, 120) < 0.75 THEN 'UWV'
      WHEN bench_r(substr(id, 7)::bigint, 120) < 0.85 THEN 'DOORSTROOMPUNT' WHEN bench_r(substr(id, 7)::bigint, 120) < 0.93 THEN 'LEERWERKLOKET'
      ELSE 'RMT' END)
    WHERE id LIKE 'bu-bm-%'`);
  await run("User", `
    INSERT INTO "User" (id, email, "passwordHash", name, role, "organisationId", "createdAt", "updatedAt")
    SELECT 'bu-ec-' || i, 'ec' || i || '@bench.werkcentrum.nl', 'bench', 'Contactpersoon ' || i, 'EMPLOYER'::"Role", 'bo' || i, ${T0}, ${T0}
    FROM generate_series(1, ${O}) i
    UNION ALL
    SELECT '${STAFF_USER_ID}', 'staf@bench.werkcentrum.nl', 'bench', 'Regiostaf Bench', 'REGIONAL_STAFF'::"Role", NULL, ${T0}, ${T0}`);

  // Vacancies arrive over the year (the matching data stamps them all "now").
  await run("Vacancy (createdAt)", `
    UPDATE "Vacancy" SET "createdAt" = ${vacancyCreated("substr(id, 3)::bigint")}, "updatedAt" = ${vacancyCreated("substr(id, 3)::bigint")}`);

  const org = (salt: number) => `(1 + floor(bench_r(i, ${salt}) ^ 1.4 * ${O})::int)`; // busy employers get more contact
  await run("ContactMoment", `
    INSERT INTO "ContactMoment" (id, "organisationId", "authorId", "contactDate", channel, topic, summary, "followUpPromise",
      "followUpDueDate", "followUpDoneAt", "isDoubleApproach", "createdAt")
    SELECT 'bcm' || i, 'bo' || o, CASE
        WHEN NOT dbl THEN ${owner("o")}
        WHEN bench_r(i, 103) < 0.3 THEN 'bu-bm-' || (1 + floor(bench_r(i, 104) * ${M})::int)
        ELSE 'bu-am-' || (1 + ((floor(bench_r(o, 40) * ${AM})::int + floor(bench_r(i, 104) * ${Math.max(1, AM - 1)})::int + 1) % ${AM}))
      END,
      cday, ${weightedCase("bench_r(i, 105)", { PHONE: 35, EMAIL: 25, VISIT: 20, VIDEO: 12, EVENT: 6, OTHER: 2 }, "ContactChannel")},
      bench_pick(${textArray(["Kennismaking", "Vacature-intake", "Nazorg plaatsing", "Instrumenten", "Banenafspraak", "Jobcarving (BIA)", "SROI-verplichting", "Arbeidsmarktinformatie", "Werkgeversbezoek", "Evenement"])}, i, 106),
      'Gesprek met de werkgever voor de benchmark.',
      CASE WHEN promise THEN 'Terugkoppeling sturen' END,
      CASE WHEN promise THEN due END,
      CASE WHEN promise AND due < ${D0} AND bench_r(i, 108) < 0.8
        THEN ${cap(`cday + make_interval(days => 1 + floor(bench_r(i, 109) * (due - cday) * 1.4)::int, hours => 14)`)} END,
      dbl, cday + interval '10 hours'
    FROM generate_series(1, ${volumes.contacts}) i
    CROSS JOIN LATERAL (SELECT ${org(101)} AS o, bench_r(i, 102) < 0.12 AS dbl, bench_r(i, 107) < 0.55 AS promise,
      ${D0} - 1 - floor(bench_r(i, 110) * 365)::int AS cday) a
    CROSS JOIN LATERAL (SELECT a.cday + 3 + floor(bench_r(i, 111) * 18)::int AS due) b`);

  await run("Question", `
    INSERT INTO "Question" (id, "organisationId", "askedById", topic, text, answer, "answeredById", "answeredAt", "createdAt")
    SELECT 'bq' || i, 'bo' || o, 'bu-ec-' || o,
      ${weightedCase("bench_r(i, 121)", { FIND_STAFF: 30, INSTRUMENTS_SUBSIDIES: 20, REINTEGRATION: 8, EMPLOYMENT_LAW: 8, JOB_AGREEMENT: 8, LABOUR_MIGRATION: 4, ORGANISE_WORK: 8, DEVELOPMENT_TRAINING: 8, REORGANISATION: 6 }, "QuestionTopic")},
      'Een vraag van de werkgever voor de benchmark.',
      CASE WHEN answered THEN 'Het antwoord.' END, CASE WHEN answered THEN ${owner("o")} END, CASE WHEN answered THEN answered_at END, asked
    FROM generate_series(1, ${volumes.questions}) i
    CROSS JOIN LATERAL (SELECT ${org(122)} AS o, ${secondsAgo("bench_r(i, 123)")} AS asked) a
    CROSS JOIN LATERAL (SELECT a.asked + make_interval(hours => CASE
        WHEN bench_r(i, 124) < 0.45 THEN 1 + floor(bench_r(i, 125) * 23)::int
        WHEN bench_r(i, 124) < 0.78 THEN 24 + floor(bench_r(i, 125) * 24)::int
        WHEN bench_r(i, 124) < 0.90 THEN 49 + floor(bench_r(i, 125) * 50)::int
        ELSE 100 + floor(bench_r(i, 125) * 200)::int END) AS answered_at) b
    CROSS JOIN LATERAL (SELECT bench_r(i, 126) < 0.93 AND b.answered_at <= ${T0} AS answered) c`);

  await run("AdviceRecord", `
    INSERT INTO "AdviceRecord" (id, "organisationId", kind, "instrumentCode", note, "byUserId", "givenOn", "createdAt")
    SELECT 'bad' || i, 'bo' || o, kind,
      CASE kind WHEN 'INSTRUMENT_INFORMATION' THEN bench_pick(${textArray(["LKV", "SLIM", "BBL", "LKS", "NO_RISK"])}, i, 132)
        WHEN 'INSTRUMENT_ADVICE' THEN bench_pick(${textArray(["NO_RISK", "LKS", "JOBCOACH", "PROEFPLAATSING", "LOONWAARDEMETING"])}, i, 132)
        WHEN 'JOB_CARVING' THEN 'BIA' END,
      'Advies voor de benchmark.', ${owner("o")}, given, given + interval '15 hours'
    FROM generate_series(1, ${volumes.advice}) i
    CROSS JOIN LATERAL (SELECT ${org(131)} AS o, ${D0} - 1 - floor(bench_r(i, 133) * 365)::int AS given,
      ${weightedCase("bench_r(i, 134)", { INSTRUMENT_INFORMATION: 4, INSTRUMENT_ADVICE: 3, JOB_CARVING: 1, LABOUR_MARKET_INFORMATION: 3 }, "AdviceKind")} AS kind) a`);

  // The proposal funnel. Candidate k (a bijection of k onto 1..N) gets proposals in rounds; each round
  // moves it to another vacancy, so (vacancy, candidate) stays unique.
  const distinct = Math.ceil(volumes.proposals / 1.5);
  await client.query(`
    CREATE UNLOGGED TABLE bench_proposal AS
    SELECT i, c, v, ${vacancyOrg("v")} AS o, status, created,
      CASE WHEN status NOT IN ('AWAITING_CONSENT', 'CONSENT_DECLINED') THEN ${cap("created + make_interval(hours => 2 + floor(bench_r(i, 142) * 18)::int)")} END AS shared,
      CASE WHEN status IN ('INVITED', 'DECLINED', 'INTERVIEW_POSITIVE', 'INTERVIEW_NEGATIVE', 'PLACED') OR (status = 'WITHDRAWN' AND bench_r(i, 143) < 0.4)
        THEN ${cap(`created + make_interval(days => CASE WHEN bench_r(i, 144) < 0.8 THEN 1 + floor(bench_r(i, 145) * 12)::int ELSE 15 + floor(bench_r(i, 145) * 16)::int END)`)} END AS responded
    FROM generate_series(0, ${volumes.proposals - 1}) i
    CROSS JOIN LATERAL (SELECT 1 + ((i % ${distinct})::bigint * 7919 + 13) % ${N} AS c,
      1 + (floor(bench_r(i % ${distinct}, 140) * ${V})::bigint + (i / ${distinct}) * 7907) % ${V} AS v,
      ${weightedCase("bench_r(i, 141)", { AWAITING_CONSENT: 3, CONSENT_DECLINED: 4, PROPOSED: 10, INVITED: 8, DECLINED: 35, INTERVIEW_POSITIVE: 5, INTERVIEW_NEGATIVE: 15, PLACED: 10, WITHDRAWN: 10 }, "ProposalStatus")} AS status) a
    CROSS JOIN LATERAL (SELECT ${vacancyCreated("a.v")} + make_interval(hours => 23 + floor(bench_r(i, 146) * 30 * 24)::int) AS created) b
    -- A proposal that would only be made after now does not exist yet (capping it to now instead
    -- would pile the proposals of a month of recent vacancies up on today, which the dashboard
    -- counts live); 20 hours of margin leave room for sharing it.
    WHERE b.created <= ${T0} - interval '20 hours'`);
  await run("Proposal", `
    INSERT INTO "Proposal" (id, "vacancyId", "candidateId", "proposedById", motivation, status, "declineReason", "sharedAt", "responseDueBy",
      "respondedAt", "interviewOutcomeAt", "reminderSentAt", "withdrawnReason", "createdAt", "updatedAt")
    SELECT 'bpr' || i, ${vacancyId("v")}, ${candidateId("c")}, ${candidateOwner("c")}, 'Past goed bij de vacature (benchmark).', status,
      CASE WHEN status = 'DECLINED' THEN ${weightedCase("bench_r(i, 147)", { SKILLS: 30, AVAILABILITY: 15, HOURS: 15, DISTANCE: 10, FILLED_OTHERWISE: 20, OTHER: 10 }, "DeclineReason")} END,
      shared, shared + interval '14 days', responded,
      CASE WHEN status IN ('INTERVIEW_POSITIVE', 'INTERVIEW_NEGATIVE', 'PLACED') THEN ${cap("responded + make_interval(days => 3 + floor(bench_r(i, 148) * 11)::int)")} END,
      CASE WHEN shared + interval '14 days' < ${T0} AND (responded IS NULL OR responded > shared + interval '14 days') THEN shared + interval '14 days 1 hour' END,
      CASE WHEN status = 'WITHDRAWN' THEN 'Kandidaat heeft elders een baan aangenomen.' END,
      created, COALESCE(responded, shared, created)
    FROM bench_proposal`);

  const contract = weightedCase("bench_r(i, 151)", { PERMANENT: 15, TEMPORARY: 35, AGENCY: 12, BBL: 8, WORK_EXPERIENCE: 12, TRIAL_PLACEMENT: 18 }, "ContractType");
  await run("Placement", `
    INSERT INTO "Placement" (id, "proposalId", "candidateId", "vacancyId", "organisationId", "recordedById", "startDate", "contractType", "hoursPerWeek",
      "trialEndDate", "trialOutcome", "trialContinued", "trialAssessedAt", "endedOn", "endReasonCode", "sustainableAt", "createdAt")
    SELECT 'bpl' || i, 'bpr' || i, ${candidateId("c")}, ${vacancyId("v")}, 'bo' || o, ${candidateOwner("c")}, start, contract,
      (ARRAY[16, 20, 24, 24, 28, 32, 32, 36, 38, 40])[1 + floor(bench_r(i, 152) * 10)::int],
      trial_end, trial_outcome, CASE WHEN trial_outcome IS NOT NULL THEN trial_outcome = 'COMPLETED' AND NOT trial_stops END,
      CASE WHEN trial_outcome IS NOT NULL THEN ${cap("trial_end + interval '1 day 10 hours'")} END,
      ended, CASE WHEN ended IS NOT NULL THEN CASE WHEN trial_end IS NOT NULL AND ended = trial_end THEN 'TRIAL_NOT_CONTINUED'::"PlacementEndReason"
        ELSE ${weightedCase("bench_r(i, 153)", { CONTRACT_NOT_RENEWED: 30, DISMISSED: 20, RESIGNED: 30, ILLNESS: 10, OTHER: 10 }, "PlacementEndReason")} END END,
      CASE WHEN (ended IS NULL OR ended > start + interval '6 months') AND start + interval '6 months' <= ${D0}
        THEN start + interval '6 months 6 hours' END,
      ${cap("start::timestamp + interval '9 hours'")}
    FROM bench_proposal p
    CROSS JOIN LATERAL (SELECT LEAST(responded::date + 7 + floor(bench_r(i, 150) * 24)::int, ${D0}) AS start, ${contract} AS contract) a
    CROSS JOIN LATERAL (SELECT CASE WHEN a.contract = 'TRIAL_PLACEMENT' THEN (a.start + interval '2 months')::date END AS trial_end) b
    CROSS JOIN LATERAL (SELECT CASE WHEN b.trial_end < ${D0} THEN ${weightedCase("bench_r(i, 154)", { COMPLETED: 75, STOPPED_EARLY: 15, NO_SHOW: 10 }, "TrialOutcome")} END AS trial_outcome,
      bench_r(i, 155) < 0.3 AS trial_stops) t
    CROSS JOIN LATERAL (SELECT CASE
        WHEN t.trial_outcome IS NOT NULL AND (t.trial_outcome <> 'COMPLETED' OR t.trial_stops) THEN b.trial_end
        WHEN bench_r(i, 156) < 0.18 AND a.start + 7 + floor(bench_r(i, 157) * 170)::int < ${D0} THEN a.start + 7 + floor(bench_r(i, 157) * 170)::int
      END AS ended) e
    WHERE status = 'PLACED'`);
  await client.query(`
    UPDATE "Candidate" c SET status = 'PLACED' FROM "Placement" p
    WHERE p."candidateId" = c.id AND (p."endedOn" IS NULL OR p."endedOn" > ${D0})`);

  // Check-ins at 1, 3, 6 months (employee) and 1, 6 months (employer): most done, some late, some open.
  await run("AftercareCheck", `
    INSERT INTO "AftercareCheck" (id, "placementId", side, "monthsAfterStart", "dueDate", "completedAt", "completedById", score, "raisesSignal", "notifiedAt")
    SELECT p.id || '-' || s.side || s.months, p.id, s.side::"AftercareSide", s.months, due,
      CASE WHEN done THEN completed END,
      CASE WHEN done THEN CASE WHEN s.side = 'EMPLOYEE' THEN p."recordedById" ELSE 'bu-ec-' || substr(p."organisationId", 3) END END,
      CASE WHEN done THEN score END, done AND score <= 2,
      CASE WHEN due <= ${D0} THEN due + interval '6 hours' END
    FROM "Placement" p
    CROSS JOIN (VALUES ('EMPLOYEE', 1, 1), ('EMPLOYEE', 3, 2), ('EMPLOYEE', 6, 3), ('EMPLOYER', 1, 4), ('EMPLOYER', 6, 5)) s(side, months, salt)
    CROSS JOIN LATERAL (SELECT substr(p.id, 4)::bigint * 8 + s.salt AS k, (p."startDate" + make_interval(months => s.months))::date AS due) a
    CROSS JOIN LATERAL (SELECT a.due + make_interval(days => CASE WHEN bench_r(a.k, 161) < 0.7 THEN floor(bench_r(a.k, 162) * 8)::int - 3
        ELSE 8 + floor(bench_r(a.k, 162) * 30)::int END, hours => 11) AS completed,
      CASE WHEN r < 0.05 THEN 1 WHEN r < 0.13 THEN 2 WHEN r < 0.33 THEN 3 WHEN r < 0.73 THEN 4 ELSE 5 END AS score
      FROM (SELECT bench_r(a.k, 163) AS r) x) b
    CROSS JOIN LATERAL (SELECT a.due <= ${D0} AND bench_r(a.k, 164) < 0.88 AND b.completed <= ${T0}
      AND (p."endedOn" IS NULL OR p."endedOn" >= a.due) AS done) c`);

  // Warm handovers: one per candidate (another bijection), every status.
  await run("Handover", `
    INSERT INTO "Handover" (id, "candidateId", "fromUserId", "toPartnerOrganisationId", "toTeam", reason, deadline, status, "acceptedById",
      "decidedAt", "firstContactAt", "refusalReason", "createdAt")
    SELECT 'bho' || i, ${candidateId("c")}, ${candidateOwner("c")}, bench_partner_id(partner), partner || ' – team', 'Warme overdracht (benchmark).',
      created + interval '7 days', status,
      CASE WHEN status = 'ACCEPTED' THEN 'bu-bm-' || (1 + floor(bench_r(i, 175) * ${M})::int) END,
      decided, CASE WHEN status = 'ACCEPTED' THEN ${cap("decided + interval '1 day'")} END,
      CASE WHEN status = 'REFUSED' THEN 'Past niet bij ons aanbod.' END, created
    FROM generate_series(0, ${volumes.handovers - 1}) i
    CROSS JOIN LATERAL (SELECT 1 + (i::bigint * 104729 + 500009) % ${N} AS c,
      bench_pick(${textArray(["UWV", "UWV", "GEMEENTE", "GEMEENTE", "LEERWERKLOKET", "DOORSTROOMPUNT", "RMT", "TOMIN"])}, i, 171) AS partner,
      ${weightedCase("bench_r(i, 172)", { AWAITING_CONSENT: 3, CONSENT_DECLINED: 5, CANCELLED: 4, PENDING: 8, ACCEPTED: 60, REFUSED: 8, BOUNCED: 12 }, "HandoverStatus")} AS status) a
    CROSS JOIN LATERAL (SELECT CASE WHEN a.status IN ('PENDING', 'AWAITING_CONSENT') THEN ${secondsAgo("bench_r(i, 173)", 6)}
      ELSE ${secondsAgo("bench_r(i, 173)")} END AS created) b
    CROSS JOIN LATERAL (SELECT ${cap(`CASE a.status
        WHEN 'ACCEPTED' THEN b.created + make_interval(hours => CASE WHEN bench_r(i, 174) < 0.8 THEN 1 + floor(bench_r(i, 176) * 160)::int ELSE 170 + floor(bench_r(i, 176) * 120)::int END)
        WHEN 'REFUSED' THEN b.created + make_interval(hours => 1 + floor(bench_r(i, 176) * 160)::int)
        WHEN 'BOUNCED' THEN b.created + interval '7 days 1 hour'
        WHEN 'CONSENT_DECLINED' THEN b.created + interval '20 hours'
        WHEN 'CANCELLED' THEN b.created + interval '2 days'
      END`)} AS decided) d`);

  // Target groups: a benefit group, a situation group and the doelgroepregister, drawn from disjoint
  // lists so a candidate never gets the same group twice.
  await run("CandidateTargetGroup", `
    INSERT INTO "CandidateTargetGroup" ("candidateId", "targetGroupCode")
    SELECT ${candidateId("i")}, bench_pick(${textArray(["PWET", "PWET", "PWET", "WW", "WW", "WIA", "WAJONG", "NUG"])}, i, 181)
    FROM generate_series(1, ${N}) i WHERE bench_r(i, 180) < 0.6
    UNION ALL
    SELECT ${candidateId("i")}, bench_pick(${textArray(["JONGERE", "JONGERE", "STATUSHOUDER", "ARBEIDSMIGRANT", "BASISVAARDIGHEDEN", "PSYCHISCH", "EX_GEDETINEERDE", "WERKENDE"])}, i, 183)
    FROM generate_series(1, ${N}) i WHERE bench_r(i, 182) < 0.3
    UNION ALL
    SELECT ${candidateId("i")}, 'DGR' FROM generate_series(1, ${N}) i WHERE bench_r(i, 184) < 0.08`);

  await run("Event", `
    INSERT INTO "Event" (id, title, kind, description, "startsAt", "endsAt", location, capacity, audience, "organiserId", "cancelledAt", "createdAt")
    SELECT 'bev' || i, 'Benchevenement ' || i, ${weightedCase("bench_r(i, 191)", { JOB_FAIR: 2, SPEED_DATE: 4, MEET_AND_GREET: 3, THEME_SESSION: 4 }, "EventKind")},
      'Een evenement voor de benchmark.', starts, starts + interval '3 hours', 'Werkcentrum Hilversum',
      (ARRAY[30, 40, 50, 60, 80, 120, 400])[1 + floor(bench_r(i, 192) * 7)::int],
      ${weightedCase("bench_r(i, 193)", { EMPLOYERS: 3, RESIDENTS: 2, BOTH: 5 }, "EventAudience")},
      'bu-am-' || (1 + floor(bench_r(i, 194) * ${AM})::int), CASE WHEN bench_r(i, 195) < 0.03 THEN ${cap("starts - interval '5 days'")} END,
      ${cap("starts - interval '40 days'")}
    FROM generate_series(1, ${volumes.events}) i
    CROSS JOIN LATERAL (SELECT date_trunc('hour', CASE WHEN bench_r(i, 196) < 0.1 THEN ${T0} + make_interval(days => 1 + floor(bench_r(i, 197) * 60)::int)
      ELSE ${secondsAgo("bench_r(i, 197)")} END) AS starts) a`);
  // Registrations: employers (their contact person) and residents; distinct within an event by construction.
  await run("EventRegistration", `
    INSERT INTO "EventRegistration" (id, "eventId", "userId", "organisationId", "candidateId", "cancelledAt", attended, "createdAt")
    SELECT e.id || '-' || j, e.id, CASE WHEN employer THEN 'bu-ec-' || o ELSE 'bu-res-' || ${candidateId("c")} END,
      CASE WHEN employer THEN 'bo' || o END, CASE WHEN NOT employer THEN ${candidateId("c")} END,
      CASE WHEN cancelled THEN e."startsAt" - interval '2 days' END,
      CASE WHEN NOT cancelled AND e."startsAt" < ${T0} AND e."cancelledAt" IS NULL THEN bench_r(k, 203) < 0.8 END,
      ${cap(`e."startsAt" - make_interval(days => 3 + floor(bench_r(k, 204) * 25)::int)`)}
    FROM "Event" e
    CROSS JOIN LATERAL (SELECT substr(e.id, 4)::bigint AS n) x
    CROSS JOIN LATERAL generate_series(0, LEAST(e.capacity, 5 + floor(bench_r(x.n, 200) * 40)::int) - 1) j
    CROSS JOIN LATERAL (SELECT x.n * 1000 + j AS k,
      e.audience = 'EMPLOYERS' OR (e.audience = 'BOTH' AND j % 2 = 0) AS employer,
      1 + (floor(bench_r(x.n, 201) * ${O})::bigint + j) % ${O} AS o,
      1 + (floor(bench_r(x.n, 202) * ${N})::bigint + j) % ${N} AS c) a
    CROSS JOIN LATERAL (SELECT bench_r(a.k, 205) < 0.08 AS cancelled) b`);
  await run("User", `
    INSERT INTO "User" (id, email, "passwordHash", name, role, "createdAt", "updatedAt")
    SELECT DISTINCT 'bu-res-' || "candidateId", "candidateId" || '@bench.werkcentrum.nl', 'bench', 'Inwoner ' || "candidateId", 'JOBSEEKER'::"Role", ${T0}, ${T0}
    FROM "EventRegistration" WHERE "candidateId" IS NOT NULL`);
  await client.query(`
    UPDATE "Candidate" c SET "userId" = 'bu-res-' || c.id
    WHERE c.id IN (SELECT "candidateId" FROM "EventRegistration" WHERE "candidateId" IS NOT NULL)`);

  await run("SroiDossier", `
    INSERT INTO "SroiDossier" (id, "organisationId", "municipalityCode", "contractName", "contractValueCents", "obligationCents",
      "periodStart", "periodEnd", "managedById", "createdAt")
    SELECT 'bsd' || i, 'bo' || o, bench_pick(${textArray(municipalities)}, i, 211), 'Benchopdracht ' || i, value * 100,
      round(value * (0.03 + bench_r(i, 212) * 0.02)) * 100, start, start + 365 + floor(bench_r(i, 213) * 730)::int, ${owner("o")}, start::timestamp
    FROM generate_series(1, ${volumes.sroiDossiers}) i
    CROSS JOIN LATERAL (SELECT ${org(210)} AS o, (50000 + floor(bench_r(i, 214) ^ 3 * 1950000))::bigint AS value,
      ${D0} - floor(bench_r(i, 215) * 540)::int AS start) a`);
  await run("SroiDelivery", `
    INSERT INTO "SroiDelivery" (id, "dossierId", type, "valueCents", description, "candidateId", status, "reportedById", "reviewedById", "reviewedAt", "deliveredOn", "createdAt")
    SELECT d.id || '-' || j, d.id, type, (2000 + floor(bench_r(k, 221) * 18000))::bigint * 100, 'Geleverde social return (benchmark).',
      CASE WHEN type IN ('JOB', 'WORK_EXPERIENCE_PLACE', 'INTERNSHIP') AND bench_r(k, 222) < 0.7 THEN ${candidateId(`1 + floor(bench_r(k, 223) * ${N})::int`)} END,
      status, 'bu-ec-' || substr(d."organisationId", 3), CASE WHEN status <> 'REPORTED' THEN d."managedById" END,
      CASE WHEN status <> 'REPORTED' THEN ${cap("delivered + make_interval(days => 3 + floor(bench_r(k, 224) * 17)::int, hours => 10)")} END,
      delivered, delivered + interval '12 hours'
    FROM "SroiDossier" d
    CROSS JOIN LATERAL (SELECT substr(d.id, 4)::bigint AS n) x
    CROSS JOIN LATERAL generate_series(0, floor(bench_r(x.n, 220) * 5)::int - 1) j
    CROSS JOIN LATERAL (SELECT x.n * 100 + j AS k) y
    CROSS JOIN LATERAL (SELECT ${weightedCase("bench_r(k, 225)", { JOB: 4, WORK_EXPERIENCE_PLACE: 3, INTERNSHIP: 2, TRAINING: 2, SOCIAL_ENTERPRISE_PURCHASE: 2 }, "SroiDeliveryType")} AS type,
      ${weightedCase("bench_r(k, 226)", { REPORTED: 2, APPROVED: 7, REJECTED: 1 }, "ReviewStatus")} AS status,
      GREATEST(d."periodStart", ${D0} - 1 - floor(bench_r(k, 227) * 365)::int) AS delivered) a`);

  await client.query("COMMIT");
  const indexStarted = performance.now();
  await client.query(`SET maintenance_work_mem = '512MB'`);
  for (const index of indexes) {
    await client.query(index.constraintDef ? `ALTER TABLE "${index.table}" ADD CONSTRAINT "${index.name}" ${index.constraintDef}` : index.def);
  }
  log(`  ${indexes.length} indexes rebuilt in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`);
  await client.query(`SET session_replication_role = origin`);
  await client.query(`DROP TABLE bench_proposal`);
  const seconds = (performance.now() - started) / 1000;
  const vacuumStarted = performance.now();
  // Settled tables, as in a database that has been running for a year: visibility map set, statistics fresh.
  for (const table of [...ACTIVITY_TABLES, "Vacancy", "Candidate", "User"]) await client.query(`VACUUM (ANALYZE) "${table}"`);
  log(`  VACUUM ANALYZE ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s`);
  const rows = Object.entries(perTable).filter(([label]) => !label.includes("(")).reduce((sum, [, n]) => sum + n, 0);
  return { rows, seconds, perTable };
}
