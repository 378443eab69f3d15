/**
 * Reference data, seeded always and idempotently (upserts by natural key). Data that only the
 * seed files own (region, skills, …) is refreshed from the files on every run; data that people
 * edit in the app afterwards (routing rules, programme monitor, the werkfit rule, instruments and
 * the labour-market figures, issue 14 O4) is created when missing and otherwise left alone.
 */
import type { HelpQuestion, TrafficLight } from "../../generated/prisma/enums";
import type { SeedDb, SeedLog } from "./db";
import { FALLBACK_ROUTE } from "../../lib/help-requests/fallback-route";
import region from "../seed-data/region.json" with { type: "json" };
import occupationClasses from "../seed-data/occupation-classes.json" with { type: "json" };
import skills from "../seed-data/skills.json" with { type: "json" };
import instruments from "../seed-data/instruments.json" with { type: "json" };
import targetGroups from "../seed-data/target-groups.json" with { type: "json" };
import workReadiness from "../seed-data/work-readiness.json" with { type: "json" };
import programMonitor from "../seed-data/program-monitor.json" with { type: "json" };
import labourMarket from "../seed-data/labour-market.json" with { type: "json" };
import { labourMarketToFigures } from "../../lib/labour-market/figures-to-labour-market";

export const WORK_READINESS_RULE = {
  version: 1,
  description:
    "Werkfit: de kandidaat wil én kan werken. Werkfit als elke werknemersvaardigheid minimaal 3 (voldoende) scoort, " +
    "met hooguit twee vaardigheden op 2 (vraagt ontwikkeling), en geen enkel leefgebied op 1 (belemmert werk). " +
    "De bemiddelaar kan hiervan afwijken met een schriftelijke onderbouwing; afwijkingen worden gerapporteerd.",
  employeeSkills: workReadiness.employeeSkills,
  lifeDomains: workReadiness.lifeDomains,
  // From the rule text: "every employee skill scores >= 3 except at most two at 2, and no life domain scores 1".
  minEmployeeSkillScore: 3,
  maxEmployeeSkillsBelow: 2,
  lowestAllowedBelowScore: 2,
  blockingLifeDomainScore: 1,
} as const;

/** Routing of help requests (J1, "gidsrol"): the router takes the lowest priority number that matches. */
export const ROUTING_RULES: readonly {
  question: HelpQuestion;
  partner: string;
  team: string;
  priority: number;
  maxAge?: number;
}[] = [
  { question: "FIND_WORK", partner: "DOORSTROOMPUNT", team: "Doorstroompunt Jongeren – werk", priority: 50, maxAge: 26 },
  { question: "FIND_WORK", partner: "GEMEENTE", team: "Werkcentrum – team Werkzoekenden", priority: 100 },
  { question: "OTHER_WORK", partner: "LEERWERKLOKET", team: "Leerwerkloket – loopbaanadvies", priority: 100 },
  { question: "OTHER_WORK", partner: "RMT", team: "Regionaal Mobiliteitsteam – van werk naar werk", priority: 200 },
  { question: "LEARNING_CAREER", partner: "LEERWERKLOKET", team: "Leerwerkloket – leren en ontwikkelen", priority: 100 },
  { question: "UNDER_27", partner: "DOORSTROOMPUNT", team: "Doorstroompunt Jongeren", priority: 100, maxAge: 26 },
  { question: "UNDER_27", partner: "GEMEENTE", team: "Werkcentrum – team Werkzoekenden", priority: 900 },
  { question: "BENEFIT_WW", partner: "UWV", team: "UWV WERKbedrijf – team WW", priority: 100 },
  { question: "BENEFIT_WIA", partner: "UWV", team: "UWV – team Arbeidsbeperkten (WIA)", priority: 100 },
  { question: "BENEFIT_WAJONG", partner: "UWV", team: "UWV – team Wajong", priority: 100 },
  { question: "BENEFIT_PARTICIPATION", partner: "GEMEENTE", team: "Gemeente – team Participatie", priority: 100 },
  { question: "NO_BENEFIT", partner: "GEMEENTE", team: "Gemeente – team NUG (zonder uitkering)", priority: 100 },
];

/** Typical minutes between two different work areas; within one work area it is 15. */
export const TRAVEL_MINUTES: readonly (readonly [string, string, number])[] = [
  ["Hilversum", "Gooise Meren", 20],
  ["Hilversum", "Wijdemeren", 25],
  ["Hilversum", "HBEL", 25],
  ["Gooise Meren", "Wijdemeren", 35],
  ["Gooise Meren", "HBEL", 20],
  ["Wijdemeren", "HBEL", 40],
];
const SAME_AREA_MINUTES = 15;

/** Both directions of every pair, plus each area to itself. */
export function travelTimeRows(): [string, string, number][] {
  const rows: [string, string, number][] = region.workAreas.map((name) => [name, name, SAME_AREA_MINUTES]);
  for (const [a, b, minutes] of TRAVEL_MINUTES) rows.push([a, b, minutes], [b, a, minutes]);
  return rows;
}

const TRAFFIC_LIGHTS: Record<string, TrafficLight> = {
  groen: "GREEN",
  oranje: "ORANGE",
  rood: "RED",
  afgerond: "DONE",
};

export function trafficLight(status: string): TrafficLight {
  const light = TRAFFIC_LIGHTS[status.toLowerCase()];
  if (!light) throw new Error(`unknown traffic light status "${status}" in program-monitor.json`);
  return light;
}

export async function seedReferenceData(db: SeedDb, log: SeedLog = () => {}): Promise<void> {
  // Work areas and municipalities.
  const workAreaIds = new Map<string, string>();
  for (const name of region.workAreas) {
    const area = await db.workArea.upsert({ where: { name }, update: {}, create: { name } });
    workAreaIds.set(name, area.id);
  }
  for (const municipality of region.municipalities) {
    const workAreaId = workAreaIds.get(municipality.workArea);
    if (!workAreaId) throw new Error(`work area "${municipality.workArea}" missing in region.json`);
    const data = { name: municipality.name, workAreaId };
    await db.municipality.upsert({
      where: { code: municipality.code },
      update: data,
      create: { code: municipality.code, ...data },
    });
  }

  // Typical travel minutes between work areas (public transport/bike mix), for matching (B3).
  // Created when missing; an admin's later change is kept.
  for (const [from, to, minutes] of travelTimeRows()) {
    const fromWorkAreaId = workAreaIds.get(from);
    const toWorkAreaId = workAreaIds.get(to);
    if (!fromWorkAreaId || !toWorkAreaId) throw new Error(`work area "${from}" or "${to}" missing in region.json`);
    await db.workAreaTravelTime.upsert({
      where: { fromWorkAreaId_toWorkAreaId: { fromWorkAreaId, toWorkAreaId } },
      update: {},
      create: { fromWorkAreaId, toWorkAreaId, minutes },
    });
  }

  // Partner organisations: created when missing; an admin edits them afterwards (/beheer/partners).
  const partnerIds = new Map<string, string>();
  for (const partner of region.partners) {
    const data = { name: partner.name, kind: partner.kind, note: partner.note ?? null };
    const row = await db.partnerOrganisation.upsert({
      where: { code: partner.code },
      update: {},
      create: { code: partner.code, ...data },
    });
    partnerIds.set(partner.code, row.id);
  }

  // Occupation classes, skills, target groups, instruments.
  for (const occupationClass of occupationClasses.classes) {
    await db.occupationClass.upsert({
      where: { code: occupationClass.code },
      update: { name: occupationClass.name },
      create: occupationClass,
    });
  }
  // Skills: created when missing; an admin renames and retires them afterwards (/beheer/vaardigheden).
  for (const skill of skills.skills) {
    const data = { label: skill.label, kind: skill.kind, occupationClassCode: skill.occupationClass ?? null };
    await db.skill.upsert({ where: { code: skill.code }, update: {}, create: { code: skill.code, ...data } });
  }
  for (const group of targetGroups.groups) {
    await db.targetGroup.upsert({ where: { code: group.code }, update: { name: group.name }, create: group });
  }
  const checkedOn = new Date(`${instruments.checkedOn}T00:00:00Z`);
  for (const instrument of instruments.instruments) {
    const entry: (typeof instruments.instruments)[number] & { conditions?: string } = instrument;
    const data = {
      name: entry.name,
      kind: entry.kind,
      providers: entry.provider,
      executedBy: entry.executedBy,
      summary: entry.summary,
      forWhom: entry.forWhom,
      conditions: entry.conditions ?? null,
      typicalDuration: entry.typicalDuration ?? null,
      needs: entry.needs ?? [],
      checkedOn,
    };
    // ADMIN keeps instruments current at /beheer/instrumenten: a new instrument is added, an edited one is kept.
    await db.instrument.upsert({ where: { code: entry.code }, update: {}, create: { code: entry.code, ...data } });
  }

  // Labour-market figures of /arbeidsmarkt: seeded once; ADMIN replaces them with a CSV at /beheer/arbeidsmarkt.
  if ((await db.labourMarketFigure.count()) === 0) {
    const figures = labourMarketToFigures(labourMarket, occupationClasses.classes);
    await db.labourMarketFigure.createMany({ data: figures.map((figure, position) => ({ ...figure, position })) });
  }

  // Werkfit rule version 1: active unless another version is active already.
  const { version, ...ruleData } = WORK_READINESS_RULE;
  const existingRule = await db.workReadinessRule.findUnique({ where: { version } });
  if (!existingRule) {
    const otherActive = await db.workReadinessRule.count({ where: { active: true } });
    await db.workReadinessRule.create({
      data: {
        version,
        ...ruleData,
        employeeSkills: [...ruleData.employeeSkills],
        lifeDomains: [...ruleData.lifeDomains],
        active: otherActive === 0,
      },
    });
  }

  // Routing rules: natural key (question, partner, maxAge); never overwrite what an admin changed.
  // A rule names a team of its partner; the teams are created when missing (an admin may rename them).
  const fallbackPartnerId = partnerIds.get(FALLBACK_ROUTE.partnerCode);
  if (fallbackPartnerId) await ensurePartnerTeam(db, fallbackPartnerId, FALLBACK_ROUTE.team);
  for (const rule of ROUTING_RULES) {
    const partnerOrganisationId = partnerIds.get(rule.partner);
    if (!partnerOrganisationId) throw new Error(`routing rule partner "${rule.partner}" missing in region.json`);
    const maxAge = rule.maxAge ?? null;
    const existing = await db.routingRule.findFirst({
      where: { question: rule.question, partnerOrganisationId, maxAge },
      select: { id: true },
    });
    if (!existing) {
      await ensurePartnerTeam(db, partnerOrganisationId, rule.team);
      await db.routingRule.create({
        data: { question: rule.question, partnerOrganisationId, maxAge, team: rule.team, priority: rule.priority, normWorkingDays: 5 },
      });
    }
  }

  // Programme monitor: created once; REGIONAL_STAFF edit statuses afterwards.
  for (const programme of programMonitor.programmes) {
    const row = await db.programme.upsert({
      where: { code: programme.code },
      update: {},
      create: {
        code: programme.code,
        name: programme.name,
        period: programme.period,
        targets: programMonitor.programmeTargets,
      },
    });
    for (const project of programme.projects) {
      const entry = project as { no: number; name: string; status: string; targets?: Record<string, number>; actual?: Record<string, number> };
      await db.programmeProject.upsert({
        where: { programmeId_number: { programmeId: row.id, number: entry.no } },
        update: {},
        create: {
          programmeId: row.id,
          number: entry.no,
          name: entry.name,
          status: trafficLight(entry.status),
          ...(entry.targets ? { targets: entry.targets } : {}),
          ...(entry.actual ? { actuals: entry.actual } : {}),
        },
      });
    }
  }

  log(
    `Referentiedata: ${region.municipalities.length} gemeenten, ${region.partners.length} partners, ` +
      `${skills.skills.length} vaardigheden, ${instruments.instruments.length} instrumenten, ${ROUTING_RULES.length} routeringsregels.`,
  );
}

/** A team of a partner, created when missing. */
async function ensurePartnerTeam(db: SeedDb, partnerOrganisationId: string, name: string): Promise<void> {
  await db.partnerTeam.upsert({
    where: { partnerOrganisationId_name: { partnerOrganisationId, name } },
    update: {},
    create: { partnerOrganisationId, name },
  });
}
