/** Employer service: contact timelines (with double approaches), questions, appointments and advice. */
import type { AdviceKind, ContactChannel, QuestionTopic } from "../../../generated/prisma/enums";
import type { Prisma } from "../../../generated/prisma/client";
import { addDays, addWorkingDays, amsterdamTime, isWeekend } from "../dates";
import { DEMO_ORGANISATION_KEY } from "./catalog";
import { user, usersById, type DemoContext, type DemoOrganisation } from "./context";
import { DEMO_EMAIL_DOMAIN } from "./professionals";

const CONTACT_TOPICS: readonly { topic: string; summary: string; promise?: string }[] = [
  { topic: "Kennismaking", summary: "Kennismakingsgesprek over de dienstverlening van het Werkcentrum en de personeelsbehoefte voor het komende jaar.", promise: "Overzicht werkgeversinstrumenten toesturen" },
  { topic: "Vacature-intake", summary: "Intake van een nieuwe vacature: taken, roosters en eisen doorgenomen; openheid voor kandidaten met een afstand besproken.", promise: "Binnen twee weken kandidaten voordragen" },
  { topic: "Nazorg plaatsing", summary: "Nazorggesprek over de geplaatste medewerker; werkgever is tevreden, kleine aandachtspunten in de planning.", promise: "Evaluatiegesprek met jobcoach inplannen" },
  { topic: "Instrumenten", summary: "Uitleg gegeven over loonkostensubsidie, no-riskpolis en het loonkostenvoordeel (LKV).", promise: "Aanvraagformulier LKV en toelichting mailen" },
  { topic: "Banenafspraak", summary: "Besproken hoe de organisatie kan bijdragen aan de banenafspraak; interesse in een garantiebaan.", promise: "Voorstel voor een functie via jobcarving maken" },
  { topic: "Jobcarving (BIA)", summary: "Werkprocessen doorgelopen voor het Bedrijfsadvies Inclusieve Arbeidsorganisatie; eenvoudige taken geïnventariseerd.", promise: "Adviesrapport BIA opleveren" },
  { topic: "SROI-verplichting", summary: "SROI-verplichting uit de gemeentelijke opdracht besproken en mogelijke invulling met werkervaringsplaatsen verkend.", promise: "SROI-plan van aanpak afstemmen" },
  { topic: "Arbeidsmarktinformatie", summary: "Regionale krapte in de sector en loonontwikkeling toegelicht aan de hand van de arbeidsmarktcijfers." },
  { topic: "Werkgeversbezoek", summary: "Bedrijfsbezoek met rondleiding; mogelijkheden voor leerwerkplekken en BBL besproken.", promise: "Contact leggen met SBB over erkenning leerbedrijf" },
  { topic: "Evenement", summary: "Gesproken op de banenmarkt; werkgever wil deelnemen aan de volgende speeddate." },
];

const QUESTIONS: Record<QuestionTopic, { text: string; answer: string }> = {
  FIND_STAFF: {
    text: "Wij zoeken op korte termijn twee medewerkers voor de ochtenddienst. Kunnen jullie helpen met geschikte kandidaten?",
    answer: "Zeker. Ik heb de vacature met de bemiddelaars gedeeld; u ontvangt binnen twee weken de eerste voordrachten in het portaal.",
  },
  INSTRUMENTS_SUBSIDIES: {
    text: "Welke subsidies of regelingen zijn er als wij iemand met een arbeidsbeperking aannemen?",
    answer: "Afhankelijk van de situatie kunt u gebruikmaken van loonkostensubsidie, de no-riskpolis, een jobcoach en het loonkostenvoordeel (LKV). In de instrumentengids staat per regeling voor wie die is; ik licht het graag toe.",
  },
  REINTEGRATION: {
    text: "Een medewerker is al een half jaar ziek. Wat moeten wij doen in het kader van de Wet verbetering poortwachter?",
    answer: "Zorg dat het plan van aanpak actueel is en vraag bij de arbodienst een arbeidsdeskundig onderzoek aan. Ik kan u in contact brengen met een re-integratiespecialist van UWV.",
  },
  EMPLOYMENT_LAW: {
    text: "Mogen wij een tijdelijk contract na een proefplaatsing nog een keer verlengen?",
    answer: "Dat kan binnen de regels van de ketenregeling: maximaal drie contracten in drie jaar. Een proefplaatsing telt niet mee als contract.",
  },
  JOB_AGREEMENT: {
    text: "Wij willen meedoen aan de banenafspraak. Hoe werkt het doelgroepregister?",
    answer: "Kandidaten uit het doelgroepregister tellen mee voor de banenafspraak. Wij kunnen passende kandidaten voordragen en helpen met een functie via jobcarving.",
  },
  LABOUR_MIGRATION: {
    text: "Kunnen wij arbeidsmigranten inzetten voor seizoenswerk en waar moeten wij op letten?",
    answer: "Ja, let op goede huisvesting, registratie en het naleven van de cao. Ik stuur u de regionale handreiking goed werkgeverschap arbeidsmigratie.",
  },
  ORGANISE_WORK: {
    text: "Wij willen taken anders verdelen zodat er eenvoudiger functies ontstaan. Kunnen jullie adviseren?",
    answer: "Met het Bedrijfsadvies Inclusieve Arbeidsorganisatie brengen wij in vier tot zes weken de werkprocessen in kaart. Zullen we een afspraak plannen?",
  },
  DEVELOPMENT_TRAINING: {
    text: "Zijn er regelingen om ons personeel bij te scholen in digitale vaardigheden?",
    answer: "De SLIM-regeling en de regionale scholingsvouchers zijn hiervoor bedoeld. Het Leerwerkloket denkt graag mee over een passend opleidingstraject.",
  },
  REORGANISATION: {
    text: "Door een reorganisatie vervallen vijf functies. Kunnen jullie helpen om deze mensen van werk naar werk te begeleiden?",
    answer: "Het Regionaal Mobiliteitsteam begeleidt medewerkers van werk naar werk. Ik breng u in contact met de mobiliteitsadviseur.",
  },
};

const ADVICE_NOTES: Record<AdviceKind, readonly { note: string; instrument?: string }[]> = {
  INSTRUMENT_INFORMATION: [
    { note: "Informatie gegeven over het loonkostenvoordeel voor oudere werknemers.", instrument: "LKV" },
    { note: "Toelichting op de SLIM-regeling voor scholing in het mkb.", instrument: "SLIM" },
    { note: "Uitleg over erkenning als leerbedrijf en BBL-leerwerkbanen.", instrument: "BBL" },
  ],
  INSTRUMENT_ADVICE: [
    { note: "Geadviseerd om bij de plaatsing een no-riskpolis aan te vragen.", instrument: "NO_RISK" },
    { note: "Advies loonkostensubsidie na loonwaardemeting besproken.", instrument: "LKS" },
    { note: "Advies over inzet jobcoach in de eerste zes maanden.", instrument: "JOBCOACH" },
  ],
  JOB_CARVING: [{ note: "Jobcarving-advies: ondersteunende taken gebundeld tot een nieuwe functie.", instrument: "BIA" }],
  LABOUR_MARKET_INFORMATION: [
    { note: "Arbeidsmarktinformatie over krapte en wervingskanalen in de sector gedeeld." },
    { note: "Regionale cijfers over werkzoekenden per opleidingsniveau toegelicht." },
  ],
};

const SLOT_LOCATIONS = ["Werkcentrum Hilversum, Larenseweg 30", "Online (videobellen)", "Op locatie bij de werkgever"];
const APPOINTMENT_SUBJECTS = [
  "Kennismaking met het Werkcentrum",
  "Vacature bespreken",
  "Advies over subsidies en instrumenten",
  "Evaluatie plaatsing",
  "Mogelijkheden banenafspraak",
];

export async function seedEmployerService(ctx: DemoContext): Promise<void> {
  const { random, clock } = ctx;
  const byId = usersById(ctx);
  const demoAm = user(ctx, "demo-am");
  const demoOrg = ctx.organisations.find((org) => org.key === DEMO_ORGANISATION_KEY) as DemoOrganisation;
  const professionals = [...ctx.accountManagers, ...ctx.jobMediators];

  const contactRows: Prisma.ContactMomentCreateManyInput[] = [];
  const notificationRows: Prisma.NotificationCreateManyInput[] = [];
  const questionRows: Prisma.QuestionCreateManyInput[] = [];
  const slotRows: Prisma.AppointmentSlotCreateManyInput[] = [];
  const appointmentRows: Prisma.AppointmentCreateManyInput[] = [];
  const adviceRows: Prisma.AdviceRecordCreateManyInput[] = [];

  // Contact timelines; about one in eight contacts is by someone other than the owner.
  for (const org of ctx.organisations) {
    const isDemo = org.key === DEMO_ORGANISATION_KEY;
    const count = isDemo ? 8 : random.int(2, 7);
    for (let i = 0; i < count; i++) {
      const daysAgo = isDemo && i === 0 ? 3 : random.int(0, 360);
      let contactDate = clock.daysAgo(daysAgo);
      while (isWeekend(contactDate)) contactDate = addDays(contactDate, -1);
      const double = (isDemo && i < 2) || random.chance(0.12);
      const author = double ? random.pick(professionals.filter((p) => p.id !== org.ownerId)) : (byId.get(org.ownerId) ?? demoAm);
      const entry = random.pick(CONTACT_TOPICS);
      let followUpPromise: string | null = null;
      let followUpDueDate: Date | null = null;
      let followUpDoneAt: Date | null = null;
      if (entry.promise && (random.chance(0.55) || (isDemo && i < 5))) {
        followUpPromise = entry.promise;
        followUpDueDate = addWorkingDays(contactDate, random.int(3, 15));
        if (followUpDueDate < clock.today && random.chance(0.75)) {
          followUpDoneAt = new Date(addDays(contactDate, random.int(1, 12)).getTime() + 14 * 3_600_000);
          if (followUpDoneAt > clock.now) followUpDoneAt = clock.now;
        }
      }
      const id = random.id();
      const createdAt = new Date(contactDate.getTime() + random.int(8, 17) * 3_600_000);
      contactRows.push({
        id,
        organisationId: org.id,
        authorId: author.id,
        contactDate,
        channel: random.weighted<ContactChannel>([["PHONE", 35], ["EMAIL", 25], ["VISIT", 20], ["VIDEO", 12], ["EVENT", 6], ["OTHER", 2]]),
        topic: entry.topic,
        summary: entry.summary,
        followUpPromise,
        followUpDueDate,
        followUpDoneAt,
        isDoubleApproach: double,
        createdAt,
      });
      if (double) {
        notificationRows.push({
          id: random.id(),
          userId: org.ownerId,
          kind: "DOUBLE_APPROACH",
          title: `Dubbele benadering: ${org.name}`,
          body: `${author.name} heeft contact gehad met ${org.name} (${entry.topic.toLowerCase()}). U bent de vaste accountmanager van deze werkgever.`,
          link: `/professional/werkgevers/${org.id}`,
          readAt: daysAgo > 14 ? addDays(createdAt, 1) : null,
          createdAt,
        });
      }
    }
  }

  // Employer questions: most answered within the norm of two working days, some open.
  for (const org of ctx.organisations) {
    const isDemo = org.key === DEMO_ORGANISATION_KEY;
    const count = isDemo ? 3 : random.int(0, 3);
    for (let i = 0; i < count; i++) {
      const topic = isDemo ? (["INSTRUMENTS_SUBSIDIES", "FIND_STAFF", "ORGANISE_WORK"] as const)[i] ?? "FIND_STAFF" : random.pick(Object.keys(QUESTIONS) as QuestionTopic[]);
      const open = isDemo ? i === 0 : random.chance(0.22);
      const createdAt = open
        ? new Date(clock.daysAgo(isDemo ? 1 : random.int(0, 6)).getTime() + random.int(8, 18) * 3_600_000)
        : new Date(clock.daysAgo(random.int(5, 300)).getTime() + random.int(8, 18) * 3_600_000);
      const answeredAt = open ? null : new Date(addWorkingDays(createdAt, random.weighted([[0, 3], [1, 5], [2, 4], [3, 2], [5, 1]] as const)).getTime() + 2 * 3_600_000);
      const asker = org.contactIds[i % org.contactIds.length] ?? org.contactIds[0];
      if (!asker) continue;
      const content = QUESTIONS[topic];
      questionRows.push({
        id: random.id(),
        organisationId: org.id,
        askedById: asker,
        topic,
        text: content.text,
        answer: open ? null : content.answer,
        answeredById: open ? null : org.ownerId,
        answeredAt: answeredAt && answeredAt > clock.now ? clock.now : answeredAt,
        createdAt,
      });
    }
  }

  // Appointment slots: two weekdays per accountmanager, three slots a day, three weeks back and four ahead.
  const orgsByOwner = new Map<string, DemoOrganisation[]>();
  for (const org of ctx.organisations) orgsByOwner.set(org.ownerId, [...(orgsByOwner.get(org.ownerId) ?? []), org]);
  let demoBookingDone = false;
  ctx.accountManagers.forEach((am, amIndex) => {
    const weekdays = [1 + (amIndex % 5), 1 + ((amIndex + 2) % 5)];
    const ownOrgs = orgsByOwner.get(am.id) ?? [];
    for (let offset = -21; offset <= 28; offset++) {
      const day = clock.daysAhead(offset);
      if (isWeekend(day) || !weekdays.includes(day.getUTCDay())) continue;
      for (const [hour, minute] of [[9, 30], [11, 0], [14, 0]] as const) {
        const startsAt = amsterdamTime(day, hour, minute);
        const past = startsAt < clock.now;
        const slotId = random.id();
        let status: "FREE" | "BOOKED" | "WITHDRAWN" = "FREE";
        let org: DemoOrganisation | undefined;
        if (am.id === demoAm.id && !past && !demoBookingDone && offset >= 2) {
          org = demoOrg;
          demoBookingDone = true;
        } else if (ownOrgs.length > 0 && random.chance(past ? 0.45 : 0.25)) org = random.pick(ownOrgs);
        if (org) status = "BOOKED";
        else if (!past && random.chance(0.05)) status = "WITHDRAWN";
        slotRows.push({
          id: slotId,
          accountManagerId: am.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 60 * 60_000),
          location: random.pick(SLOT_LOCATIONS),
          status,
          createdAt: clock.daysAgo(30 - Math.min(offset, 0)),
        });
        if (org) {
          const bookedById = org.contactIds[0];
          if (!bookedById) continue;
          appointmentRows.push({
            id: random.id(),
            slotId,
            organisationId: org.id,
            bookedById,
            subject: org === demoOrg ? "Advies over subsidies en instrumenten" : random.pick(APPOINTMENT_SUBJECTS),
            createdAt: addDays(day, -random.int(2, 10)),
          });
        } else if (!past && status === "FREE" && random.chance(0.04) && ownOrgs.length > 0) {
          // A cancelled booking freed the slot again.
          const cancelledOrg = random.pick(ownOrgs);
          const bookedById = cancelledOrg.contactIds[0];
          if (bookedById) {
            appointmentRows.push({ id: random.id(), slotId, organisationId: cancelledOrg.id, bookedById, subject: random.pick(APPOINTMENT_SUBJECTS), cancelledAt: clock.daysAgo(1), createdAt: clock.daysAgo(6) });
          }
        }
      }
    }
  });

  // Advice records: evidence for the SUWI basic services 2–5.
  for (const vacancy of ctx.vacancies) {
    if (!vacancy.wantsJobCarvingAdvice || !vacancy.inProgressAt) continue;
    const givenOn = addDays(vacancy.inProgressAt, random.int(3, 20));
    adviceRows.push({
      id: random.id(),
      organisationId: vacancy.organisationId,
      vacancyId: vacancy.id,
      kind: "JOB_CARVING",
      instrumentCode: "BIA",
      note: `Jobcarving-advies bij de vacature ${vacancy.title.toLowerCase()}: taken die zonder startkwalificatie kunnen, zijn apart gezet.`,
      byUserId: vacancy.ownerId,
      givenOn: givenOn > clock.today ? clock.today : givenOn,
    });
  }
  for (const org of ctx.organisations) {
    for (let i = random.int(1, 3); i > 0; i--) {
      const kind = random.weighted<AdviceKind>([["INSTRUMENT_INFORMATION", 4], ["INSTRUMENT_ADVICE", 3], ["JOB_CARVING", 1], ["LABOUR_MARKET_INFORMATION", 3]]);
      const entry = random.pick(ADVICE_NOTES[kind]);
      adviceRows.push({ id: random.id(), organisationId: org.id, kind, instrumentCode: entry.instrument ?? null, note: entry.note, byUserId: org.ownerId, givenOn: clock.daysAgo(random.int(0, 330)) });
    }
  }

  await ctx.db.contactMoment.createMany({ data: contactRows });
  await ctx.db.notification.createMany({ data: notificationRows });
  await ctx.db.question.createMany({ data: questionRows });
  await ctx.db.appointmentSlot.createMany({ data: slotRows });
  await ctx.db.appointment.createMany({ data: appointmentRows });
  await ctx.db.adviceRecord.createMany({ data: adviceRows });

  // A contact person waiting to join the demo organisation (E1), for its accountmanager to confirm.
  const joinerId = random.id();
  await ctx.db.user.create({
    data: { id: joinerId, email: `pieter.hendriks.hofvangooiland@${DEMO_EMAIL_DOMAIN}`, passwordHash: ctx.passwordHash, name: "Pieter Hendriks", role: "EMPLOYER", jobTitle: "Teamleider facilitair", createdAt: clock.daysAgo(2) },
  });
  await ctx.db.organisationJoinRequest.create({ data: { organisationId: demoOrg.id, userId: joinerId, createdAt: clock.daysAgo(2) } });
  await ctx.db.notification.create({
    data: { userId: demoOrg.ownerId, kind: "JOIN_REQUEST", title: `Aanvraag koppeling: ${demoOrg.name}`, body: "Pieter Hendriks wil als contactpersoon aan deze werkgever gekoppeld worden.", link: `/professional/werkgevers/${demoOrg.id}`, createdAt: clock.daysAgo(2) },
  });
}
