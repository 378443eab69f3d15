/** Vacancy handovers, proposals in every status, placements with instruments, and aftercare. */
import type { AftercareSide, DeclineReason, InstrumentApplicationStatus, ProposalStatus, TrialOutcome } from "../../../generated/prisma/enums";
import type { Prisma } from "../../../generated/prisma/client";
import { addDays, addMonths, addWorkingDays } from "../dates";
import { user, type DemoCandidate, type DemoContext, type DemoVacancy } from "./context";

const CP_WEIGHTS: readonly (readonly [ProposalStatus, number])[] = [
  ["PROPOSED", 5], ["INVITED", 4], ["DECLINED", 3], ["INTERVIEW_POSITIVE", 2], ["INTERVIEW_NEGATIVE", 2], ["WITHDRAWN", 1], ["AWAITING_CONSENT", 1],
];

const DECLINE_TEXTS: Record<DeclineReason, string> = {
  SKILLS: "De gevraagde ervaring met de kerntaken ontbreekt nog.",
  AVAILABILITY: "Kandidaat is pas later beschikbaar dan wij nodig hebben.",
  HOURS: "Wij zoeken iemand voor meer uren per week.",
  DISTANCE: "Reistijd naar onze locatie is te lang zonder eigen vervoer.",
  FILLED_OTHERWISE: "De vacature is inmiddels via een andere weg ingevuld.",
  OTHER: "Past op dit moment niet in het team; graag houden wij contact.",
};

const SCORE_COMMENTS: Record<number, readonly string[]> = {
  5: ["Gaat uitstekend, een echte aanwinst voor het team.", "Heel tevreden; we willen het contract verlengen."],
  4: ["Gaat goed, kleine aandachtspunten in de planning.", "Prettige samenwerking, groeit goed in de rol."],
  3: ["Redelijk; meer begeleiding op de werkvloer nodig.", "Wisselend, we houden het in de gaten."],
  2: ["Moeizaam: regelmatig te laat en onduidelijke afspraken.", "Werkdruk is te hoog; graag een gesprek met de jobcoach."],
  1: ["Het gaat niet goed, we overwegen te stoppen.", "Grote zorgen over de match; graag snel contact."],
};

/** Which proposal statuses each vacancy status gets. */
function proposalPlan(ctx: DemoContext, vacancy: DemoVacancy, index: number): ProposalStatus[] {
  const { random } = ctx;
  if (vacancy.demo) {
    switch (vacancy.status) {
      case "CANDIDATES_PROPOSED": return index === 0 ? ["PROPOSED", "PROPOSED", "INVITED", "DECLINED"] : ["PROPOSED", "INTERVIEW_POSITIVE", "AWAITING_CONSENT", "CONSENT_DECLINED"];
      case "IN_PROGRESS": return ["AWAITING_CONSENT"];
      case "FILLED": return ["PLACED", "INTERVIEW_NEGATIVE"];
      case "CLOSED": return ["WITHDRAWN"];
      default: return [];
    }
  }
  switch (vacancy.status) {
    case "IN_PROGRESS": return random.pick<ProposalStatus[]>([[], [], ["AWAITING_CONSENT"], ["CONSENT_DECLINED"], ["AWAITING_CONSENT", "CONSENT_DECLINED"]]);
    case "CANDIDATES_PROPOSED": {
      const plan: ProposalStatus[] = [random.pick<ProposalStatus>(["PROPOSED", "INVITED", "INTERVIEW_POSITIVE"])];
      for (let i = random.int(1, 3); i > 0; i--) plan.push(random.weighted(CP_WEIGHTS));
      return plan;
    }
    case "FILLED": return ["PLACED", ...random.sample<ProposalStatus>(["DECLINED", "INTERVIEW_NEGATIVE", "WITHDRAWN"], random.int(0, 2))];
    case "CLOSED": return vacancy.inProgressAt && random.chance(0.4) ? [random.pick<ProposalStatus>(["WITHDRAWN", "DECLINED"])] : [];
    default: return [];
  }
}

export async function seedMatching(ctx: DemoContext): Promise<void> {
  const { random, clock } = ctx;
  const demoMediator = user(ctx, "demo-bm");
  const latest = clock.daysAgo(0);
  const clamp = (date: Date) => (date > latest ? latest : date);

  const handoverRows: Prisma.VacancyHandoverCreateManyInput[] = [];
  const proposalRows: Prisma.ProposalCreateManyInput[] = [];
  const consentRows: Prisma.ConsentCreateManyInput[] = [];
  const placementRows: Prisma.PlacementCreateManyInput[] = [];
  const instrumentRows: Prisma.InstrumentApplicationCreateManyInput[] = [];
  const aftercareRows: Prisma.AftercareCheckCreateManyInput[] = [];
  const caseNoteRows: Prisma.CaseNoteCreateManyInput[] = [];
  const interestRows: Prisma.VacancyInterestCreateManyInput[] = [];

  const demoCandidate = ctx.candidates.find((c) => c.demo);
  if (!demoCandidate) throw new Error("demo candidate missing");
  const shareable = ctx.candidates.filter((c) => c.sharesWithPartners && !c.demo);
  const placed = new Set<string>();
  const orgById = new Map(ctx.organisations.map((org) => [org.id, org]));

  const pickCandidate = (vacancy: DemoVacancy, taken: Set<string>, status: ProposalStatus, preferGroup?: string): DemoCandidate | undefined => {
    const active = status !== "WITHDRAWN" && status !== "DECLINED" && status !== "INTERVIEW_NEGATIVE" && status !== "CONSENT_DECLINED";
    let pool = shareable.filter((c) => c.classes.includes(vacancy.occupationClassCode) && !taken.has(c.id) && !(active && placed.has(c.id)));
    if (preferGroup && pool.some((c) => c.targetGroups.includes(preferGroup))) pool = pool.filter((c) => c.targetGroups.includes(preferGroup));
    const ready = pool.filter((c) => c.isWorkReady);
    if (ready.length > 0 && (status !== "CONSENT_DECLINED" || random.chance(0.7))) return random.pick(ready);
    return pool.length > 0 ? random.pick(pool) : undefined;
  };

  // Filled vacancies first, so open vacancies do not propose people who already work.
  const order = [...ctx.vacancies].sort((a, b) => Number(b.status === "FILLED") - Number(a.status === "FILLED"));
  const demoIndex = new Map<string, number>();
  let demoCandidateInvited = false;

  for (const vacancy of order) {
    if (!vacancy.inProgressAt) continue;
    const index = vacancy.demo ? (demoIndex.get(vacancy.status) ?? 0) : 0;
    if (vacancy.demo) demoIndex.set(vacancy.status, index + 1);
    const plan = proposalPlan(ctx, vacancy, index);
    const taken = new Set<string>();
    const mediators = new Set<string>();
    const baseDate = vacancy.proposedAt ?? addDays(vacancy.inProgressAt, random.int(2, 6));

    plan.forEach((status, i) => {
      let candidate: DemoCandidate | undefined;
      if (vacancy.demo && vacancy.status === "CANDIDATES_PROPOSED" && index === 0 && i === 0) candidate = demoCandidate;
      else if (!vacancy.demo && !demoCandidateInvited && vacancy.status === "CANDIDATES_PROPOSED" && ["ZOR", "DIE"].includes(vacancy.occupationClassCode)) {
        candidate = demoCandidate;
        status = "INVITED";
        demoCandidateInvited = true;
      } else candidate = pickCandidate(vacancy, taken, status, vacancy.demo && status === "PLACED" && index === 0 ? "PWET" : undefined);
      if (!candidate) return;
      taken.add(candidate.id);
      mediators.add(candidate.ownerId);

      const id = random.id();
      const createdAt = clamp(new Date(addDays(baseDate, status === "PLACED" ? 0 : random.int(0, 4)).getTime() + random.int(9, 16) * 3_600_000));
      const responded = status !== "AWAITING_CONSENT" && status !== "CONSENT_DECLINED" && status !== "PROPOSED" && status !== "WITHDRAWN";
      const respondedAt = responded ? clamp(addDays(createdAt, random.int(1, 5))) : null;
      const declineReason: DeclineReason | null = status === "DECLINED" ? random.pick<DeclineReason>(["SKILLS", "AVAILABILITY", "HOURS", "DISTANCE", "FILLED_OTHERWISE", "OTHER"]) : null;
      proposalRows.push({
        id,
        vacancyId: vacancy.id,
        candidateId: candidate.id,
        proposedById: candidate.ownerId,
        motivation:
          `Kandidaat past goed bij de functie ${vacancy.title.toLowerCase()}: relevante vaardigheden op het gevraagde niveau, ` +
          `${candidate.isWorkReady ? "werkfit" : "werkfit met begeleiding"} en beschikbaar voor ${vacancy.hoursPerWeek} uur per week.`,
        status,
        declineReason,
        declineText: declineReason ? DECLINE_TEXTS[declineReason] : null,
        interviewNote:
          status === "INTERVIEW_POSITIVE" ? "Goed gesprek; we willen graag een meeloopdag plannen."
          : status === "INTERVIEW_NEGATIVE" ? "Sympathiek gesprek, maar de ervaring sluit nog onvoldoende aan."
          : status === "PLACED" ? "Positief gesprek; arbeidsovereenkomst aangeboden."
          : null,
        respondedAt,
        reminderSentAt: status === "PROPOSED" && createdAt < clock.daysAgo(5) && random.chance(0.5) ? addDays(createdAt, 5) : null,
        createdAt,
        updatedAt: respondedAt ?? createdAt,
      });
      ctx.proposals.push({ id, vacancyId: vacancy.id, candidateId: candidate.id, status, createdAt });

      const org = orgById.get(vacancy.organisationId);
      consentRows.push({
        id: random.id(),
        candidateId: candidate.id,
        purpose: "SHARE_WITH_EMPLOYER",
        organisationId: vacancy.organisationId,
        proposalId: id,
        grantedAt: status === "AWAITING_CONSENT" || status === "CONSENT_DECLINED" ? null : createdAt,
        declinedAt: status === "CONSENT_DECLINED" ? clamp(addDays(createdAt, random.int(0, 3))) : null,
        createdAt,
      });

      if (status === "PLACED" && org) {
        placed.add(candidate.id);
        const startDate = clamp(addDays(vacancy.filledAt ?? createdAt, vacancy.demo ? 13 : random.int(7, 21)));
        seedPlacement(ctx, { vacancy, candidate, startDate, proposalId: id, contactId: org.contactIds[0] ?? null, ownerId: org.ownerId }, { placementRows, instrumentRows, aftercareRows });
      }
    });

    // Hand the vacancy to the bemiddelaars who proposed, or to one who covers the work area.
    if (mediators.size === 0 || random.chance(0.2)) {
      const local = ctx.jobMediators.filter((bm) => bm.workAreaIds.includes(vacancy.workAreaId));
      const preferDemo = demoMediator.workAreaIds.includes(vacancy.workAreaId) && random.chance(0.5);
      mediators.add(preferDemo ? demoMediator.id : random.pick(local.length > 0 ? local : ctx.jobMediators).id);
    }
    for (const mediatorId of mediators) {
      handoverRows.push({
        id: random.id(),
        vacancyId: vacancy.id,
        mediatorId,
        givenById: vacancy.ownerId,
        dueDate: addWorkingDays(vacancy.inProgressAt, 10),
        note: random.pick([
          "Graag binnen twee weken passende kandidaten voordragen.",
          "Werkgever staat open voor kandidaten met een afstand tot de arbeidsmarkt.",
          "Start bij voorkeur per de eerste van de maand; proefplaatsing is bespreekbaar.",
          "Zie de intakeaantekeningen voor de gevraagde roosters.",
        ]),
        createdAt: vacancy.inProgressAt,
      });
    }

    // Casusoverleg notes on a share of the vacancies with proposals.
    if (vacancy.proposedAt && (vacancy.demo || random.chance(0.35))) {
      const about = ctx.proposals.find((p) => p.vacancyId === vacancy.id);
      const mediatorId = [...mediators][0] ?? demoMediator.id;
      caseNoteRows.push({
        id: random.id(),
        vacancyId: vacancy.id,
        authorId: vacancy.ownerId,
        text: "Matchtafel: werkgever wil vooral iemand die zelfstandig kan werken; roosters in overleg. Ruimte voor een inwerkperiode van vier weken.",
        createdAt: vacancy.proposedAt,
      });
      caseNoteRows.push({
        id: random.id(),
        vacancyId: vacancy.id,
        candidateId: about?.candidateId ?? null,
        authorId: mediatorId,
        text: "Kandidaat is gemotiveerd; eerste weken begeleiding door jobcoach afgesproken. Reistijd besproken, haalbaar met de fiets.",
        createdAt: addDays(vacancy.proposedAt, 1),
      });
    }
  }

  // Interest in public vacancies (J5), including the demo jobseeker.
  const open = ctx.vacancies.filter((v) => v.isPublic && (v.status === "IN_PROGRESS" || v.status === "CANDIDATES_PROPOSED" || v.status === "RECEIVED"));
  const interestKeys = new Set<string>();
  // Interest only in what is published: public and taken in by the accountmanager (decision 023).
  // The random draws stay the same as before, so the rest of the demo data does not shift.
  const notTakenIn = new Set(open.filter((v) => v.status === "RECEIVED").map((v) => v.id));
  const addInterest = (candidateId: string, vacancyId: string, createdAt: Date) => {
    const key = `${candidateId}:${vacancyId}`;
    if (interestKeys.has(key) || notTakenIn.has(vacancyId)) return;
    interestKeys.add(key);
    interestRows.push({ candidateId, vacancyId, createdAt });
  };
  for (const vacancy of open.filter((v) => ["ZOR", "DIE"].includes(v.occupationClassCode) && !v.demo && v.status !== "RECEIVED").slice(0, 2)) addInterest(demoCandidate.id, vacancy.id, clock.daysAgo(random.int(1, 10)));
  for (let i = 0; i < 25 && open.length > 0; i++) {
    const vacancy = random.pick(open);
    const fitting = shareable.filter((c) => c.classes.includes(vacancy.occupationClassCode));
    if (fitting.length > 0) addInterest(random.pick(fitting).id, vacancy.id, clock.daysAgo(random.int(0, 20)));
  }

  await ctx.db.vacancyHandover.createMany({ data: handoverRows });
  await ctx.db.proposal.createMany({ data: proposalRows });
  await ctx.db.consent.createMany({ data: consentRows });
  await ctx.db.placement.createMany({ data: placementRows });
  await ctx.db.instrumentApplication.createMany({ data: instrumentRows });
  await ctx.db.aftercareCheck.createMany({ data: aftercareRows });
  await ctx.db.caseNote.createMany({ data: caseNoteRows });
  await ctx.db.vacancyInterest.createMany({ data: interestRows });
}

type PlacementInput = { vacancy: DemoVacancy; candidate: DemoCandidate; startDate: Date; proposalId: string; contactId: string | null; ownerId: string };
type Rows = {
  placementRows: Prisma.PlacementCreateManyInput[];
  instrumentRows: Prisma.InstrumentApplicationCreateManyInput[];
  aftercareRows: Prisma.AftercareCheckCreateManyInput[];
};

function seedPlacement(ctx: DemoContext, input: PlacementInput, rows: Rows): void {
  const { random, clock } = ctx;
  const { vacancy, candidate, startDate } = input;
  const id = random.id();
  const recordedById = candidate.ownerId;
  const today = clock.today;
  const groups = candidate.targetGroups;

  // Trial placements and the odd early ending.
  let trialEndDate: Date | null = null;
  let trialOutcome: TrialOutcome | null = null;
  let trialContinued: boolean | null = null;
  let endedOn: Date | null = null;
  let endReason: string | null = null;
  if (vacancy.contractType === "TRIAL_PLACEMENT") {
    trialEndDate = addMonths(startDate, 2);
    if (trialEndDate <= today) {
      trialOutcome = vacancy.demo ? "COMPLETED" : random.weighted<TrialOutcome>([["COMPLETED", 80], ["STOPPED_EARLY", 15], ["NO_SHOW", 5]]);
      trialContinued = trialOutcome === "COMPLETED" ? vacancy.demo || random.chance(0.85) : false;
      if (!trialContinued) {
        endedOn = trialOutcome === "COMPLETED" ? trialEndDate : addDays(startDate, random.int(5, 40));
        endReason = trialOutcome === "NO_SHOW" ? "Kandidaat is niet verschenen op de eerste werkdagen." : trialOutcome === "STOPPED_EARLY" ? "Proefplaatsing voortijdig beëindigd: het werktempo bleek te hoog." : "Proefplaatsing afgerond zonder vervolgcontract.";
      }
    }
  } else if (!vacancy.demo && startDate < clock.daysAgo(120) && (!ctx.placements.some((p) => p.endedOn) || random.chance(0.08))) {
    endedOn = addDays(startDate, random.int(35, 75));
    endReason = random.pick([
      "Werknemer is gestopt: de combinatie met mantelzorg bleek niet haalbaar.",
      "Contract in de proeftijd beëindigd door de werkgever; onvoldoende aansluiting op het werk.",
      "Werknemer heeft elders een baan met meer uren gevonden.",
    ]);
  }
  const sixMonths = addMonths(startDate, 6);
  const sustainableAt = sixMonths <= today && (!endedOn || endedOn > sixMonths) ? sixMonths : null;

  rows.placementRows.push({
    id,
    proposalId: input.proposalId,
    candidateId: candidate.id,
    vacancyId: vacancy.id,
    organisationId: vacancy.organisationId,
    recordedById,
    startDate,
    contractType: vacancy.contractType,
    hoursPerWeek: vacancy.hoursPerWeek,
    trialEndDate,
    trialOutcome,
    trialContinued,
    endedOn,
    endReason,
    sustainableAt,
    createdAt: addDays(startDate, -random.int(1, 7)),
  });
  ctx.placements.push({ id, candidateId: candidate.id, organisationId: vacancy.organisationId, vacancyId: vacancy.id, startDate, endedOn, recordedById });

  // Instruments.
  const recent = startDate > clock.daysAgo(21);
  const status = (): InstrumentApplicationStatus => (recent ? "REQUESTED" : random.chance(0.04) ? "REJECTED" : "GRANTED");
  const add = (instrumentCode: string, extra: Partial<Prisma.InstrumentApplicationCreateManyInput> = {}) => {
    const endDate = extra.endDate ?? null;
    const applicationStatus = extra.status ?? (endDate && endDate < today ? "ENDED" : status());
    rows.instrumentRows.push({ id: random.id(), placementId: id, instrumentCode, recordedById, startDate, createdAt: addDays(startDate, -random.int(1, 10)), ...extra, status: applicationStatus });
  };
  if (vacancy.demo) {
    if (trialEndDate) add("PROEFPLAATSING", { endDate: trialEndDate });
    if (trialEndDate) {
      add("LOONWAARDEMETING", { endDate: startDate, wageValuePct: 65, status: "ENDED" });
      add("LKS", { amountCents: 1_150_000, wageValuePct: 65, startDate: trialEndDate, endDate: addMonths(trialEndDate, 12), status: "GRANTED" });
      add("JOBCOACH", { endDate: addMonths(startDate, 12), status: "GRANTED" });
    } else {
      add("NO_RISK", { endDate: addMonths(startDate, 60), status: "GRANTED" });
      add("JOBCOACH", { endDate: addMonths(startDate, 6), status: "ENDED" });
    }
  } else {
    if (trialEndDate) add("PROEFPLAATSING", { endDate: trialEndDate });
    if (groups.includes("PWET") && random.chance(0.45)) {
      const wageValuePct = random.int(40, 85);
      add("LOONWAARDEMETING", { endDate: startDate, wageValuePct, status: "ENDED" });
      add("LKS", { amountCents: (100 - wageValuePct) * random.int(26_000, 30_000), wageValuePct, endDate: addMonths(startDate, 12) });
    }
    if (groups.includes("WAJONG") && random.chance(0.6)) add("LOONDISPENSATIE", { wageValuePct: random.int(35, 80), endDate: addMonths(startDate, 24) });
    if (groups.some((g) => g === "DGR" || g === "WIA" || g === "WAJONG") && random.chance(0.6)) add("NO_RISK", { endDate: addMonths(startDate, 60) });
    if (groups.some((g) => g === "DGR" || g === "PSYCHISCH" || g === "WAJONG") ? random.chance(0.6) : random.chance(0.08)) add("JOBCOACH", { endDate: addMonths(startDate, random.pick([6, 12])) });
    if (random.chance(0.04)) add("WERKPLEKAANPASSING", {});
  }

  // Aftercare: employee at 1, 3 and 6 months, employer at 1 and 6 months.
  const schedule: [AftercareSide, number][] = [["EMPLOYEE", 1], ["EMPLOYEE", 3], ["EMPLOYEE", 6], ["EMPLOYER", 1], ["EMPLOYER", 6]];
  for (const [side, months] of schedule) {
    const dueDate = addMonths(startDate, months);
    if (endedOn && endedOn < dueDate) continue;
    const pastDue = dueDate < clock.daysAgo(14);
    const done = pastDue && (vacancy.demo || random.chance(0.85));
    let score: number | null = null;
    let completedById: string | null = null;
    let completedAt: Date | null = null;
    if (done) {
      score = vacancy.demo ? random.int(4, 5) : random.weighted([[5, 30], [4, 40], [3, 18], [2, 8], [1, 4]] as const);
      completedAt = new Date(addDays(dueDate, random.int(0, 10)).getTime() + random.int(9, 17) * 3_600_000);
      completedById =
        side === "EMPLOYEE"
          ? candidate.userId && random.chance(0.4) ? candidate.userId : recordedById
          : input.contactId && random.chance(0.7) ? input.contactId : input.ownerId;
    }
    rows.aftercareRows.push({
      id: random.id(),
      placementId: id,
      side,
      monthsAfterStart: months,
      dueDate,
      completedAt,
      completedById,
      score,
      comment: score ? random.pick(SCORE_COMMENTS[score] ?? [""]) : null,
      raisesSignal: score !== null && score <= 2,
    });
  }
}
