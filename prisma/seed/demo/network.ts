/** The wider network: help requests, partner handovers, events, SROI, learning offers, transfers, privacy. */
import type { EventAudience, EventKind, HelpQuestion, HelpRequestStatus, LearningOfferKind, ReviewStatus, SroiDeliveryType } from "../../../generated/prisma/enums";
import type { Prisma } from "../../../generated/prisma/client";
import { addDays, addMonths, addWorkingDays, amsterdamTime } from "../dates";
import { DEMO_ORGANISATION_KEY } from "./catalog";
import { partnerId, user, type DemoCandidate, type DemoContext, type DemoOrganisation } from "./context";

const HELP_TEXTS: Record<HelpQuestion, string> = {
  FIND_WORK: "Ik zoek werk in de buurt, het liefst 24 tot 32 uur per week.",
  OTHER_WORK: "Mijn huidige werk is lichamelijk te zwaar; ik wil graag iets anders gaan doen.",
  LEARNING_CAREER: "Ik wil een opleiding volgen naast mijn werk en weet niet welke richting past.",
  UNDER_27: "Ik ben gestopt met school en wil graag aan het werk of een opleiding met werk combineren.",
  BENEFIT_WW: "Ik ben mijn baan kwijtgeraakt en heb een WW-uitkering aangevraagd. Hoe vind ik snel nieuw werk?",
  BENEFIT_WIA: "Na een lange ziekteperiode heb ik een WIA-uitkering; ik wil graag weer (deels) aan het werk.",
  BENEFIT_WAJONG: "Ik heb een Wajong-uitkering en zoek een baan met begeleiding.",
  BENEFIT_PARTICIPATION: "Ik heb een bijstandsuitkering en wil graag weer aan het werk, bijvoorbeeld in de zorg of schoonmaak.",
  NO_BENEFIT: "Ik heb geen uitkering maar zoek wel werk na jaren voor mijn kinderen te hebben gezorgd.",
};

function questionFor(candidate: DemoCandidate): HelpQuestion {
  const groups = candidate.targetGroups;
  if (groups.includes("WW")) return "BENEFIT_WW";
  if (groups.includes("WIA")) return "BENEFIT_WIA";
  if (groups.includes("WAJONG")) return "BENEFIT_WAJONG";
  if (groups.includes("PWET")) return "BENEFIT_PARTICIPATION";
  if (groups.includes("NUG")) return "NO_BENEFIT";
  if (groups.includes("WERKENDE")) return "OTHER_WORK";
  if (candidate.age < 27) return "UNDER_27";
  return candidate.classes.length > 1 ? "LEARNING_CAREER" : "FIND_WORK";
}

export async function seedNetwork(ctx: DemoContext): Promise<void> {
  const { random, clock, ref } = ctx;
  const demoBm = user(ctx, "demo-bm");
  const demoAm = user(ctx, "demo-am");
  const staff = user(ctx, "demo-staf");
  const admin = user(ctx, "demo-beheer");
  const demoCandidate = ctx.candidates.find((c) => c.demo) as DemoCandidate;
  const demoOrg = ctx.organisations.find((org) => org.key === DEMO_ORGANISATION_KEY) as DemoOrganisation;
  const partnerCodeById = new Map([...ref.partnerIdByCode].map(([code, id]) => [id, code]));

  // Help requests, routed by the routing rules (lowest priority number that fits the age).
  const helpRows: Prisma.HelpRequestCreateManyInput[] = [];
  const route = (question: HelpQuestion, age: number) =>
    ref.routingRules
      .filter((rule) => rule.question === question && (rule.maxAge === null || age <= rule.maxAge))
      .sort((a, b) => a.priority - b.priority)[0];
  const requesters = [demoCandidate, ...random.sample(ctx.candidates.filter((c) => !c.demo), 40)];
  for (const candidate of requesters) {
    const question: HelpQuestion = candidate.demo ? "BENEFIT_PARTICIPATION" : questionFor(candidate);
    const rule = route(question, candidate.age);
    if (!rule) throw new Error(`no routing rule for ${question}`);
    const status: HelpRequestStatus = candidate.demo ? "ACCEPTED" : random.weighted<HelpRequestStatus>([["ACCEPTED", 55], ["ROUTED", 25], ["ESCALATED", 12], ["CLOSED", 8]]);
    const createdAt = new Date(
      (status === "ROUTED" ? clock.daysAgo(random.int(0, 9)) : candidate.demo ? clock.daysAgo(148) : clock.daysAgo(random.int(10, 300))).getTime() + random.int(8, 20) * 3_600_000,
    );
    const dueBy = addWorkingDays(createdAt, rule.normWorkingDays);
    const partnerCode = partnerCodeById.get(rule.partnerOrganisationId);
    const partnerStaff = ctx.jobMediators.filter((bm) => bm.partnerCode === partnerCode);
    const acceptor = candidate.demo ? demoBm : partnerStaff.find((bm) => bm.id === candidate.ownerId) ?? (partnerStaff.length > 0 ? random.pick(partnerStaff) : undefined);
    const accepted = (status === "ACCEPTED" || status === "CLOSED") && acceptor;
    helpRows.push({
      id: random.id(),
      candidateId: candidate.id,
      question,
      text: HELP_TEXTS[question],
      routingRuleId: rule.id,
      partnerOrganisationId: rule.partnerOrganisationId,
      team: rule.team,
      status: accepted || status === "ROUTED" || status === "ESCALATED" ? status : "ROUTED",
      dueBy,
      acceptedById: accepted ? acceptor.id : null,
      acceptedAt: accepted ? addDays(createdAt, random.int(0, 4)) : null,
      escalatedAt: status === "ESCALATED" ? addDays(dueBy, 1) : null,
      createdAt,
    });
  }

  // Warm handovers to partners (B7), each with the candidate's consent.
  const handoverRows: Prisma.HandoverCreateManyInput[] = [];
  const consentRows: Prisma.ConsentCreateManyInput[] = [];
  const plans: { to: string; team: string; reason: string; status: "PENDING" | "ACCEPTED" | "REFUSED" | "BOUNCED"; daysAgo: number; fromDemo?: boolean }[] = [
    { to: "LEERWERKLOKET", team: "Leerwerkloket – leren en ontwikkelen", reason: "Wil een mbo-opleiding zorg combineren met werk; scholingsadvies nodig.", status: "PENDING", daysAgo: 2, fromDemo: true },
    { to: "TOMIN", team: "Tomingroep – werkleertrajecten", reason: "Werkleertraject met begeleiding als opstap naar regulier werk.", status: "PENDING", daysAgo: 9, fromDemo: true },
    { to: "SBB", team: "SBB – leerbanen", reason: "Zoekt een BBL-leerbaan in de techniek.", status: "PENDING", daysAgo: 4 },
    { to: "UWV", team: "UWV – team Arbeidsbeperkten (WIA)", reason: "Arbeidsdeskundig onderzoek en re-integratie vanuit de WIA.", status: "ACCEPTED", daysAgo: 40, fromDemo: true },
    { to: "TOMIN", team: "Tomingroep – beschut werk", reason: "Indicatie beschut werk aangevraagd; begeleiding door Tomin.", status: "ACCEPTED", daysAgo: 75 },
    { to: "LEERWERKLOKET", team: "Leerwerkloket – loopbaanadvies", reason: "Loopbaancheck en omscholing richting ICT.", status: "ACCEPTED", daysAgo: 120 },
    { to: "RMT", team: "Regionaal Mobiliteitsteam – van werk naar werk", reason: "Dreigend ontslag door reorganisatie; van werk naar werk.", status: "REFUSED", daysAgo: 60 },
    { to: "DOORSTROOMPUNT", team: "Doorstroompunt Jongeren", reason: "Jongere zonder startkwalificatie; hoort bij het Doorstroompunt.", status: "BOUNCED", daysAgo: 30, fromDemo: true },
  ];
  const used = new Set<string>();
  for (const plan of plans) {
    const pool = ctx.candidates.filter((c) => !c.demo && !used.has(c.id) && c.sharesWithPartners && (plan.fromDemo ? c.ownerId === demoBm.id : c.ownerId !== demoBm.id));
    const candidate = pool.length > 0 ? random.pick(pool) : undefined;
    if (!candidate) continue;
    used.add(candidate.id);
    const createdAt = new Date(clock.daysAgo(plan.daysAgo).getTime() + 10 * 3_600_000);
    const deadline = addWorkingDays(createdAt, 5);
    const receivers = ctx.jobMediators.filter((bm) => bm.partnerCode === plan.to);
    const acceptor = receivers.length > 0 ? random.pick(receivers) : undefined;
    const decidedAt = plan.status === "PENDING" ? null : plan.status === "BOUNCED" ? addDays(deadline, 1) : addDays(createdAt, random.int(1, 4));
    handoverRows.push({
      id: random.id(),
      candidateId: candidate.id,
      fromUserId: candidate.ownerId,
      toPartnerOrganisationId: partnerId(ctx, plan.to),
      toTeam: plan.team,
      reason: plan.reason,
      deadline,
      status: plan.status,
      acceptedById: plan.status === "ACCEPTED" ? (acceptor?.id ?? null) : null,
      decidedAt,
      firstContactAt: plan.status === "ACCEPTED" && decidedAt ? addDays(decidedAt, random.int(1, 3)) : null,
      refusalReason:
        plan.status === "REFUSED" ? "Kandidaat heeft al een nieuwe baan in zicht; geen traject nodig."
        : plan.status === "BOUNCED" ? "Niet binnen de termijn geaccepteerd; teruggelegd bij de verwijzer."
        : null,
      createdAt,
    });
    consentRows.push({ id: random.id(), candidateId: candidate.id, purpose: "SHARE_WITH_PARTNER_ON_HANDOVER", partnerOrganisationCode: plan.to, grantedAt: createdAt, createdAt });
  }

  // Events with registrations.
  const eventSpecs: { title: string; kind: EventKind; theme?: string; description: string; days: number; hour: number; hours: number; location: string; capacity: number; audience: EventAudience }[] = [
    { title: "Banenmarkt Gooi en Vechtstreek", kind: "JOB_FAIR", description: "De grote regionale banenmarkt: ruim veertig werkgevers uit zorg, techniek, logistiek en onderwijs ontmoeten werkzoekenden. Neem je cv mee!", days: 24, hour: 13, hours: 4, location: "Evenementenhal Gooiland, Hilversum", capacity: 400, audience: "BOTH" },
    { title: "Speeddate Zorg en Welzijn", kind: "SPEED_DATE", description: "In gesprekken van tien minuten maken werkzoekenden kennis met zorgorganisaties uit de regio.", days: 10, hour: 10, hours: 3, location: "Werkcentrum Hilversum, Larenseweg 30", capacity: 40, audience: "BOTH" },
    { title: "Themasessie Digitalisering & AI in het mkb", kind: "THEME_SESSION", theme: "Digitalisering & AI", description: "Wat betekenen digitalisering en AI voor uw personeel? Praktijkvoorbeelden, scholingsmogelijkheden (SLIM) en een open gesprek.", days: 17, hour: 16, hours: 2, location: "Mediapark, Hilversum", capacity: 60, audience: "EMPLOYERS" },
    { title: "SROI in de praktijk", kind: "THEME_SESSION", theme: "SROI", description: "Hoe vult u een social-returnverplichting slim in? Voor opdrachtnemers van de gemeenten, met voorbeelden uit de regio.", days: 31, hour: 15, hours: 2, location: "Gemeentehuis Huizen", capacity: 50, audience: "EMPLOYERS" },
    { title: "Meet & greet Techniek", kind: "MEET_AND_GREET", description: "Technische bedrijven laten zien wat werken in de installatietechniek inhoudt; met een rondleiding.", days: -20, hour: 15, hours: 3, location: "TechnoInstall Gooi, Hilversum", capacity: 30, audience: "BOTH" },
    { title: "Speeddate Logistiek", kind: "SPEED_DATE", description: "Kennismaken met logistieke werkgevers in Naarden en Eemnes.", days: -45, hour: 10, hours: 3, location: "Logistiek Centrum Naarden", capacity: 40, audience: "BOTH" },
    { title: "Inclusief werkgeverschap: ervaringen uit de regio", kind: "THEME_SESSION", theme: "Inclusief werkgeverschap", description: "Werkgevers vertellen over hun ervaringen met de banenafspraak en jobcarving.", days: 45, hour: 16, hours: 2, location: "Werkcentrum Hilversum, Larenseweg 30", capacity: 80, audience: "EMPLOYERS" },
  ];
  const employerUsers = ctx.organisations.flatMap((org) => org.contactIds.map((id) => ({ id, organisationId: org.id })));
  const jobseekers = ctx.candidates.filter((c) => c.userId);
  const eventRows: Prisma.EventCreateManyInput[] = [];
  const registrationRows: Prisma.EventRegistrationCreateManyInput[] = [];
  for (const spec of eventSpecs) {
    const id = random.id();
    const startsAt = amsterdamTime(clock.daysAhead(spec.days), spec.hour);
    const past = spec.days < 0;
    eventRows.push({
      id, title: spec.title, kind: spec.kind, theme: spec.theme ?? null, description: spec.description, startsAt,
      endsAt: new Date(startsAt.getTime() + spec.hours * 3_600_000), location: spec.location, capacity: spec.capacity,
      audience: spec.audience, organiserId: random.pick(ctx.accountManagers).id, createdAt: clock.daysAgo(Math.max(30, 60 - spec.days)),
    });
    const registrants: { userId: string; organisationId?: string; candidateId?: string }[] = [];
    if (spec.audience !== "RESIDENTS") for (const e of random.sample(employerUsers, random.int(4, 10))) registrants.push({ userId: e.id, organisationId: e.organisationId });
    if (spec.audience !== "EMPLOYERS") for (const c of random.sample(jobseekers, random.int(3, 8))) if (c.userId) registrants.push({ userId: c.userId, candidateId: c.id });
    const demoEmployer = user(ctx, "demo-werkgever");
    if (spec.kind === "THEME_SESSION" && spec.theme === "Digitalisering & AI" && !registrants.some((r) => r.userId === demoEmployer.id)) registrants.push({ userId: demoEmployer.id, organisationId: demoOrg.id });
    for (const r of registrants) {
      registrationRows.push({
        id: random.id(), eventId: id, userId: r.userId, organisationId: r.organisationId ?? null, candidateId: r.candidateId ?? null,
        cancelledAt: !past && random.chance(0.08) ? clock.daysAgo(random.int(0, 3)) : null,
        attended: past ? random.chance(0.8) : null, createdAt: addDays(startsAt, -random.int(3, 25)),
      });
    }
  }

  // SROI dossiers with deliveries; the demo organisation is a contractor of Hilversum.
  const sroiSpecs: { org: string; municipality: string; contract: string; valueEuro: number; months: [number, number] }[] = [
    { org: DEMO_ORGANISATION_KEY, municipality: "GM0402", contract: "Wmo huishoudelijke ondersteuning 2025–2027", valueEuro: 3_400_000, months: [-14, 22] },
    { org: "bussumbouw", municipality: "GM1942", contract: "Onderhoud gemeentelijk vastgoed Gooise Meren", valueEuro: 1_850_000, months: [-10, 14] },
    { org: "technoinstall", municipality: "GM0402", contract: "Verduurzaming schoolgebouwen Hilversum", valueEuro: 2_600_000, months: [-6, 18] },
    { org: "lcn", municipality: "GM0406", contract: "Inzameling en transport grofvuil Huizen", valueEuro: 950_000, months: [-20, 4] },
    { org: "jachthaven", municipality: "GM1696", contract: "Beheer recreatiegebied Loosdrechtse Plassen", valueEuro: 720_000, months: [-3, 33] },
  ];
  const dossierRows: Prisma.SroiDossierCreateManyInput[] = [];
  const deliveryRows: Prisma.SroiDeliveryCreateManyInput[] = [];
  const deliveryTexts: Record<SroiDeliveryType, string> = {
    JOB: "Dienstverband voor een kandidaat uit de Participatiewet",
    WORK_EXPERIENCE_PLACE: "Werkervaringsplaats van zes maanden met begeleiding",
    INTERNSHIP: "Stageplaats voor een mbo-student (BBL)",
    TRAINING: "Vakopleiding voor twee medewerkers met een afstand tot de arbeidsmarkt",
    SOCIAL_ENTERPRISE_PURCHASE: "Inkoop van diensten bij Tomingroep (sociale onderneming)",
  };
  for (const spec of sroiSpecs) {
    const org = ctx.organisations.find((o) => o.key === spec.org);
    if (!org) continue;
    const id = random.id();
    const periodStart = addMonths(clock.today, spec.months[0]);
    dossierRows.push({
      id, organisationId: org.id, municipalityCode: spec.municipality, contractName: spec.contract,
      contractValueCents: BigInt(spec.valueEuro) * 100n, obligationCents: BigInt(Math.round(spec.valueEuro * 0.05)) * 100n,
      periodStart, periodEnd: addMonths(clock.today, spec.months[1]), managedById: org.ownerId, createdAt: periodStart,
    });
    const placedHere = ctx.placements.filter((p) => p.organisationId === org.id);
    for (let i = random.int(2, 5); i > 0; i--) {
      const type = random.weighted<SroiDeliveryType>([["JOB", 4], ["WORK_EXPERIENCE_PLACE", 3], ["INTERNSHIP", 2], ["TRAINING", 2], ["SOCIAL_ENTERPRISE_PURCHASE", 2]]);
      const status = random.weighted<ReviewStatus>([["APPROVED", 6], ["REPORTED", 3], ["REJECTED", 1]]);
      const deliveredOn = addDays(periodStart, random.int(20, Math.max(21, Math.min(400, Math.round((clock.today.getTime() - periodStart.getTime()) / 86_400_000)))));
      const reporter = org.contactIds[0] ?? org.ownerId;
      deliveryRows.push({
        id: random.id(), dossierId: id, type, valueCents: BigInt(random.int(8, 45) * 1_000) * 100n, description: deliveryTexts[type],
        candidateId: type === "JOB" && placedHere.length > 0 ? random.pick(placedHere).candidateId : null,
        status, reportedById: reporter, reviewedById: status === "REPORTED" ? null : org.ownerId,
        reviewedAt: status === "REPORTED" ? null : addDays(deliveredOn > clock.today ? clock.today : deliveredOn, 5),
        deliveredOn: deliveredOn > clock.today ? clock.today : deliveredOn,
      });
    }
  }

  // Learning offers (J5).
  const learningOffers: { title: string; kind: LearningOfferKind; provider: string; description: string }[] = [
    { title: "Ontwikkelpad Zorg: van helpende naar verzorgende IG", kind: "DEVELOPMENT_PATH", provider: "Leerwerkloket Gooi en Vechtstreek", description: "Stap voor stap doorgroeien in de zorg, met erkenning van wat je al kunt (EVC) en een praktijkleerplek." },
    { title: "Leerwerktraject Techniek: monteur warmtepompen", kind: "LEARN_WORK_TRAJECTORY", provider: "MBO College Hilversum", description: "Vier dagen werken, één dag leren; na een jaar een mbo-certificaat en uitzicht op een vaste baan." },
    { title: "BBL Pedagogisch medewerker kinderopvang (niveau 3)", kind: "BBL_PLACE", provider: "MBO College Hilversum", description: "Werken in de kinderopvang en één dag per week naar school; salaris volgens cao." },
    { title: "Ontwikkelpad Digitale basisvaardigheden", kind: "DEVELOPMENT_PATH", provider: "Leerwerkloket Gooi en Vechtstreek", description: "Korte cursus werken met computer, e-mail en DigiD, als opstap naar administratief of logistiek werk." },
    { title: "Werkleertraject Groen en Schoon", kind: "LEARN_WORK_TRAJECTORY", provider: "Tomingroep", description: "Leren werken in groenonderhoud en schoonmaak met begeleiding op de werkvloer en een branchecertificaat." },
    { title: "BBL Logistiek medewerker (niveau 2)", kind: "BBL_PLACE", provider: "MBO College Hilversum", description: "Leerbaan in een magazijn, inclusief heftruckcertificaat." },
    { title: "Taalvaardigheid als opstap naar werk", kind: "DEVELOPMENT_PATH", provider: "Leerwerkloket Gooi en Vechtstreek", description: "Nederlands op de werkvloer, gecombineerd met een werkervaringsplek." },
    { title: "Omscholing naar ICT-servicedesk", kind: "LEARN_WORK_TRAJECTORY", provider: "Leerwerkloket Gooi en Vechtstreek", description: "Omscholingstraject met regionale scholingsvoucher en baanintentie bij een ICT-bedrijf uit de regio." },
  ];
  const learningRows: Prisma.LearningOfferCreateManyInput[] = learningOffers.map((offer) => ({
    id: random.id(),
    ...offer,
    startDates: [clock.daysAhead(random.int(10, 60)), clock.daysAhead(random.int(90, 200))],
    url: null,
    createdAt: clock.daysAgo(random.int(30, 200)),
  }));

  // Ownership transfers: two employers and two candidates changed hands.
  const transferRows: Prisma.OwnershipTransferCreateManyInput[] = [];
  for (const org of random.sample(ctx.organisations.filter((o) => o.key !== DEMO_ORGANISATION_KEY), 2)) {
    const from = random.pick(ctx.accountManagers.filter((am) => am.id !== org.ownerId));
    transferRows.push({ id: random.id(), organisationId: org.id, fromUserId: from.id, toUserId: org.ownerId, byUserId: random.chance(0.5) ? from.id : admin.id, reason: "Herverdeling portefeuille na wijziging werkgebieden.", createdAt: clock.daysAgo(random.int(30, 200)) });
  }
  for (const candidate of random.sample(ctx.candidates.filter((c) => !c.demo), 2)) {
    const from = random.pick(ctx.jobMediators.filter((bm) => bm.id !== candidate.ownerId));
    transferRows.push({ id: random.id(), candidateId: candidate.id, fromUserId: from.id, toUserId: candidate.ownerId, byUserId: from.id, reason: "Kandidaat is verhuisd naar een ander werkgebied.", createdAt: clock.daysAgo(random.int(20, 150)) });
  }

  // Programme monitor history by the regional staff.
  const projects = await ctx.db.programmeProject.findMany({ select: { id: true, status: true }, orderBy: [{ programmeId: "asc" }, { number: "asc" }] });
  const statusRows: Prisma.ProgrammeStatusChangeCreateManyInput[] = random.sample(projects, 5).map((project) => ({
    id: random.id(), projectId: project.id, fromStatus: project.status === "GREEN" ? "ORANGE" : "GREEN", toStatus: project.status,
    note: "Status bijgewerkt na het kwartaaloverleg van het programmateam.", byUserId: staff.id, at: clock.daysAgo(random.int(10, 120)),
  }));

  // The demo jobseeker's access log (J3/X3) and one deletion request for the admin.
  const auditRows: Prisma.AuditLogCreateManyInput[] = [
    { at: clock.daysAgo(21), actorId: demoBm.id, actorRole: "JOB_MEDIATOR", actorOrganisation: "Gemeenten Gooi en Vechtstreek", candidateId: demoCandidate.id, action: "assessment.create", purpose: "Werkfit-beoordeling", entity: "WorkReadinessAssessment" },
    { at: clock.daysAgo(12), actorId: demoBm.id, actorRole: "JOB_MEDIATOR", actorOrganisation: "Gemeenten Gooi en Vechtstreek", candidateId: demoCandidate.id, action: "candidate.read", purpose: "Bemiddeling naar werk", entity: "Candidate", entityId: demoCandidate.id },
    { at: clock.daysAgo(5), actorId: user(ctx, "demo-werkgever").id, actorRole: "EMPLOYER", actorOrganisation: demoOrg.name, candidateId: demoCandidate.id, action: "proposal.read", purpose: "Voordracht beoordelen (met toestemming)", entity: "Proposal" },
    { at: clock.daysAgo(1), actorId: demoBm.id, actorRole: "JOB_MEDIATOR", actorOrganisation: "Gemeenten Gooi en Vechtstreek", candidateId: demoCandidate.id, action: "candidate.read", purpose: "Voorbereiding gesprek", entity: "Candidate", entityId: demoCandidate.id },
  ];
  const deleter = ctx.candidates.find((c) => !c.demo && c.userId);

  await ctx.db.helpRequest.createMany({ data: helpRows });
  await ctx.db.handover.createMany({ data: handoverRows });
  await ctx.db.consent.createMany({ data: consentRows });
  await ctx.db.event.createMany({ data: eventRows });
  await ctx.db.eventRegistration.createMany({ data: registrationRows });
  await ctx.db.sroiDossier.createMany({ data: dossierRows });
  await ctx.db.sroiDelivery.createMany({ data: deliveryRows });
  await ctx.db.learningOffer.createMany({ data: learningRows });
  await ctx.db.ownershipTransfer.createMany({ data: transferRows });
  await ctx.db.programmeStatusChange.createMany({ data: statusRows });
  await ctx.db.auditLog.createMany({ data: auditRows });
  if (deleter) await ctx.db.deletionRequest.create({ data: { candidateId: deleter.id, reason: "Ik heb werk gevonden en wil dat mijn gegevens worden verwijderd.", requestedAt: clock.daysAgo(3) } });
  await ctx.db.notification.createMany({
    data: [
      { userId: demoBm.id, kind: "HANDOVER_BOUNCED", title: "Overdracht teruggelegd", body: "Het Doorstroompunt heeft een overdracht niet binnen de termijn geaccepteerd.", link: "/professional/kandidaten", createdAt: clock.daysAgo(20) },
      { userId: demoAm.id, kind: "QUESTION_RECEIVED", title: `Nieuwe vraag van ${demoOrg.name}`, body: "Vraag over subsidies bij het aannemen van iemand met een arbeidsbeperking.", link: "/professional/inbox", createdAt: clock.daysAgo(1) },
    ],
  });
}
