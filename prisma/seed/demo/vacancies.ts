/** Demo vacancies over all 12 occupation classes, with required skills and status history. */
import type { ContractType, VacancyStatus } from "../../../generated/prisma/enums";
import type { Prisma } from "../../../generated/prisma/client";
import { addDays } from "../dates";
import { CLASS_BASIS, CLASS_CERTIFICATES, DEMO_ORGANISATION_KEY, VACANCY_TEMPLATES, type VacancyTemplate } from "./catalog";
import type { DemoContext, DemoOrganisation, DemoVacancy } from "./context";

const EXTRA_PER_CLASS: Record<string, number> = { TEC: 2, ZOR: 1, TRL: 1, DIE: 1 };
const HOURS = [8, 12, 16, 20, 24, 24, 28, 32, 32, 32, 36, 36, 38, 40, 40];
const SENIOR_CLASSES = new Set(["MAN", "ICT", "OBV"]);

const STATUS_WEIGHTS: readonly (readonly [VacancyStatus, number])[] = [
  ["RECEIVED", 14],
  ["IN_PROGRESS", 20],
  ["CANDIDATES_PROPOSED", 30],
  ["FILLED", 38],
  ["CLOSED", 10],
];

const CLOSED_REASONS = [
  "Werkgever heeft de vacature zelf ingevuld via een eigen netwerk.",
  "Vacature ingetrokken: de functie komt voorlopig te vervallen.",
  "Geen passende kandidaten binnen de gewenste termijn; in overleg gesloten.",
  "Budget voor de functie is bevroren.",
];

type DemoVacancySpec = { title: string; classCode: string; status: VacancyStatus; daysAgo: number; public: boolean; carving?: boolean; contract?: ContractType };

/** The demo organisation's vacancies: every status, so the employer portal shows everything. */
const DEMO_VACANCIES: readonly DemoVacancySpec[] = [
  { title: "Helpende zorg en welzijn", classCode: "ZOR", status: "CANDIDATES_PROPOSED", daysAgo: 34, public: true },
  { title: "Verzorgende IG", classCode: "ZOR", status: "CANDIDATES_PROPOSED", daysAgo: 52, public: true, contract: "PERMANENT" },
  { title: "Schoonmaakmedewerker", classCode: "DIE", status: "IN_PROGRESS", daysAgo: 12, public: true, carving: true },
  { title: "Keukenhulp / afwasser", classCode: "DIE", status: "RECEIVED", daysAgo: 2, public: false, carving: true },
  { title: "Huishoudelijk medewerker thuiszorg", classCode: "ZOR", status: "FILLED", daysAgo: 205, public: false, contract: "TRIAL_PLACEMENT" },
  { title: "Activiteitenbegeleider", classCode: "ZOR", status: "FILLED", daysAgo: 330, public: false },
  { title: "Receptionist(e) / telefonist(e)", classCode: "BEA", status: "CLOSED", daysAgo: 120, public: false },
];

function daysRangeForStatus(status: VacancyStatus): [number, number] {
  switch (status) {
    case "RECEIVED": return [0, 9];
    case "IN_PROGRESS": return [4, 40];
    case "CANDIDATES_PROPOSED": return [14, 95];
    case "FILLED": return [45, 430];
    case "CLOSED": return [30, 300];
  }
}

function contractLabel(contract: ContractType): string {
  switch (contract) {
    case "PERMANENT": return "een vaste baan";
    case "TEMPORARY": return "een tijdelijk contract met uitzicht op vast";
    case "AGENCY": return "een contract via het uitzendbureau";
    case "BBL": return "een leerwerkbaan (BBL) met één dag school per week";
    case "WORK_EXPERIENCE": return "een werkervaringsplaats";
    case "TRIAL_PLACEMENT": return "een start met een proefplaatsing";
  }
}

export async function seedVacancies(ctx: DemoContext): Promise<void> {
  const { random, clock } = ctx;
  const vacancyRows: Prisma.VacancyCreateManyInput[] = [];
  const skillRows: Prisma.VacancySkillCreateManyInput[] = [];
  const historyRows: Prisma.VacancyStatusChangeCreateManyInput[] = [];

  const make = (org: DemoOrganisation, template: VacancyTemplate, classCode: string, status: VacancyStatus, daysAgo: number, options: { isPublic: boolean; carving?: boolean; contract?: ContractType; demo: boolean }) => {
    const id = random.id();
    const createdAt = new Date(clock.daysAgo(daysAgo).getTime() + random.int(8, 16) * 3_600_000);
    const hoursPerWeek = random.pick(HOURS);
    const contractType: ContractType =
      options.contract ??
      random.weighted<ContractType>([
        ["PERMANENT", 30],
        ["TEMPORARY", 32],
        ["AGENCY", 8],
        ["BBL", org.sbbRecognised ? 10 : 0],
        ["WORK_EXPERIENCE", 6],
        ["TRIAL_PLACEMENT", 6],
      ]);
    const openToDistance = random.chance(0.5);
    const carving = options.carving ?? random.chance(0.12);

    // Timeline: received → in progress (1–3 days) → proposed (5–15 days) → filled (10–30 days), never in the future.
    const latest = clock.daysAgo(1);
    const clamp = (date: Date) => (date > latest ? latest : date);
    // The demo organisation's timeline is fixed, so its placements and aftercare land on known days.
    const inProgressAt = status === "RECEIVED" ? null : clamp(addDays(createdAt, options.demo ? 2 : random.int(1, 3)));
    const proposedAt = inProgressAt && (status === "CANDIDATES_PROPOSED" || status === "FILLED") ? clamp(addDays(inProgressAt, options.demo ? 8 : random.int(5, 15))) : null;
    const filledAt = proposedAt && status === "FILLED" ? clamp(addDays(proposedAt, options.demo ? 10 : random.int(10, 30))) : null;
    const closedAt = status === "CLOSED" ? clamp(addDays(createdAt, random.int(20, 60))) : null;

    const contactId = org.contactIds[0];
    const createdById = contactId && random.chance(0.65) ? contactId : org.ownerId;
    const location = random.chance(0.8) ? org.city : `${org.city} en omgeving`;
    const description =
      `${org.name} zoekt een ${template.title.toLowerCase()} voor ${hoursPerWeek} uur per week in ${location}. ` +
      `Je komt te werken in een betrokken team en krijgt een goede inwerkperiode. ` +
      `Wij bieden ${contractLabel(contractType)}.` +
      (openToDistance ? " Kandidaten met een afstand tot de arbeidsmarkt zijn van harte welkom; begeleiding is bespreekbaar." : "");

    const lastChange = closedAt ?? filledAt ?? proposedAt ?? inProgressAt ?? createdAt;
    vacancyRows.push({
      id,
      organisationId: org.id,
      title: template.title,
      occupationClassCode: classCode,
      description,
      hoursPerWeek,
      workAreaId: org.workAreaId,
      location,
      contractType,
      trialPlacementWelcome: contractType === "TRIAL_PLACEMENT" || random.chance(0.3),
      startDate: addDays(clock.today, -daysAgo + random.int(14, 60)),
      openToDistance,
      wantsJobCarvingAdvice: carving,
      isPublic: options.isPublic,
      status,
      closedReason: status === "CLOSED" ? random.pick(CLOSED_REASONS) : null,
      createdById,
      createdAt,
      updatedAt: lastChange,
    });

    // Required skills: the template's skills, maybe one more of the class, basis skills and a certificate.
    const classSkills = ctx.ref.skillsByClass.get(classCode) ?? [];
    const codes = new Set(template.skills);
    if (random.chance(0.5)) codes.add(random.pick(classSkills));
    for (const basis of random.sample(CLASS_BASIS[classCode] ?? [], random.int(1, 2))) codes.add(basis);
    const certificates = CLASS_CERTIFICATES[classCode];
    if (certificates && random.chance(0.35)) codes.add(random.pick(certificates));
    const required = [...codes].slice(0, 5);
    while (required.length < 2) required.push(random.pick(classSkills.filter((code) => !required.includes(code))));
    for (const skillCode of required) {
      const level = SENIOR_CLASSES.has(classCode) ? random.int(2, 4) : random.weighted([[1, 3], [2, 5], [3, 3], [4, 1]] as const);
      skillRows.push({ vacancyId: id, skillCode, level });
    }

    // Status history.
    historyRows.push({ id: random.id(), vacancyId: id, fromStatus: null, toStatus: "RECEIVED", byUserId: createdById, at: createdAt, note: createdById === org.ownerId ? "Ingevoerd door de accountmanager na een werkgeversgesprek." : "Online aangemeld door de werkgever." });
    if (inProgressAt) historyRows.push({ id: random.id(), vacancyId: id, fromStatus: "RECEIVED", toStatus: "IN_PROGRESS", byUserId: org.ownerId, at: inProgressAt, note: "Intake gedaan; vacature verrijkt en overgedragen aan bemiddeling." });
    if (proposedAt) historyRows.push({ id: random.id(), vacancyId: id, fromStatus: "IN_PROGRESS", toStatus: "CANDIDATES_PROPOSED", byUserId: null, at: proposedAt, note: "Eerste kandidaat voorgedragen." });
    if (filledAt) historyRows.push({ id: random.id(), vacancyId: id, fromStatus: "CANDIDATES_PROPOSED", toStatus: "FILLED", byUserId: org.ownerId, at: filledAt, note: "Kandidaat geplaatst." });
    if (closedAt) historyRows.push({ id: random.id(), vacancyId: id, fromStatus: inProgressAt ? "IN_PROGRESS" : "RECEIVED", toStatus: "CLOSED", byUserId: org.ownerId, at: closedAt, note: "Vacature gesloten." });

    const vacancy: DemoVacancy = {
      id,
      organisationId: org.id,
      ownerId: org.ownerId,
      title: template.title,
      occupationClassCode: classCode,
      status,
      createdAt,
      hoursPerWeek,
      contractType,
      isPublic: options.isPublic,
      workAreaId: org.workAreaId,
      openToDistance,
      wantsJobCarvingAdvice: carving,
      inProgressAt,
      proposedAt,
      filledAt,
      demo: options.demo,
    };
    ctx.vacancies.push(vacancy);
  };

  // The demo organisation first.
  const demoOrg = ctx.organisations.find((org) => org.key === DEMO_ORGANISATION_KEY);
  if (!demoOrg) throw new Error("demo organisation missing");
  for (const spec of DEMO_VACANCIES) {
    const template = (VACANCY_TEMPLATES[spec.classCode] ?? []).find((t) => t.title === spec.title);
    if (!template) throw new Error(`vacancy template "${spec.title}" missing`);
    make(demoOrg, template, spec.classCode, spec.status, spec.daysAgo, { isPublic: spec.public, carving: spec.carving ?? false, contract: spec.contract, demo: true });
  }

  // Then every occupation class at the other employers that work in it.
  const others = ctx.organisations.filter((org) => org.key !== DEMO_ORGANISATION_KEY);
  for (const classCode of ctx.ref.occupationClassCodes) {
    const employers = others.filter((org) => org.classes.includes(classCode));
    if (employers.length === 0) throw new Error(`no demo employer works in occupation class ${classCode}`);
    const templates = random.shuffle(VACANCY_TEMPLATES[classCode] ?? []);
    const count = 7 + (EXTRA_PER_CLASS[classCode] ?? 0);
    const offset = random.int(0, employers.length - 1);
    for (let i = 0; i < count; i++) {
      const org = employers[(offset + i) % employers.length] as DemoOrganisation;
      const template = templates[i % templates.length] as VacancyTemplate;
      const status = random.weighted(STATUS_WEIGHTS);
      const [min, max] = daysRangeForStatus(status);
      const open = status !== "FILLED" && status !== "CLOSED";
      make(org, template, classCode, status, random.int(min, max), { isPublic: open ? random.chance(0.65) : random.chance(0.15), demo: false });
    }
  }

  await ctx.db.vacancy.createMany({ data: vacancyRows });
  await ctx.db.vacancySkill.createMany({ data: skillRows });
  await ctx.db.vacancyStatusChange.createMany({ data: historyRows });
}
