import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Candidate } from "@/generated/prisma/client";
import type { HelpQuestion } from "@/generated/prisma/enums";
import { toCandidateMatchProfile, toVacancyMatchProfile, type CandidateMatchSource, type VacancyMatchProfile } from "./profiles";
import { scoreMatch } from "./score-match";
import { TEST_AREAS, TEST_TODAY, testTravelTimes } from "./testing/random-profiles";

/** A full candidate record as Prisma loads it, with the relations matching reads and the ones it must not. */
type FullCandidateRecord = Candidate &
  CandidateMatchSource & {
    targetGroups: { targetGroupCode: string }[];
    helpRequests: { question: HelpQuestion; note: string | null }[];
    assessments: { lifeDomainScores: Record<string, number>; notes: string | null }[];
  };

const HELP_QUESTIONS: HelpQuestion[] = ["FIND_WORK", "OTHER_WORK", "LEARNING_CAREER", "UNDER_27", "BENEFIT_WW", "BENEFIT_WIA", "BENEFIT_WAJONG", "BENEFIT_PARTICIPATION", "NO_BENEFIT"];
const TARGET_GROUPS = ["PWET", "WW", "WIA", "WAJONG", "DGR", "STATUSHOUDER", "PSYCHISCH", "JONGERE", "ARBEIDSMIGRANT"];
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const date = fc.integer({ min: -800, max: 400 }).map(day);

/** Everything matching may use. */
const matchInputs = fc.record({
  skills: fc.uniqueArray(fc.record({ skillCode: fc.constantFrom("verzorgen", "lassen", "nl-spreken", "koken", "rijbewijs"), level: fc.integer({ min: 1, max: 4 }) }), {
    selector: (skill) => skill.skillCode,
    maxLength: 5,
  }),
  occupationClassCodes: fc.uniqueArray(fc.constantFrom("ZOR", "TEC", "DIE"), { maxLength: 3 }),
  workAreaIds: fc.uniqueArray(fc.constantFrom(...TEST_AREAS), { maxLength: 3 }),
  homeWorkAreaId: fc.option(fc.constantFrom(...TEST_AREAS), { nil: null }),
  hoursPerWeekMin: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
  hoursPerWeekMax: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
  maxTravelMinutes: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  availableFrom: fc.option(date, { nil: null }),
  isWorkReady: fc.boolean(),
  shares: fc.boolean(),
});

/** Protected attributes (and stand-ins for origin: names, languages, postcode) that must not matter. */
const protectedAttributes = fc.record({
  birthDate: fc.option(fc.integer({ min: -30_000, max: -6_000 }).map(day), { nil: null }),
  gender: fc.option(fc.constantFrom("vrouw", "man", "anders", "x"), { nil: null }),
  firstName: fc.constantFrom("Nadia", "Jan", "Fatima", "Oksana", "Kofi"),
  lastName: fc.constantFrom("Boukhari", "de Vries", "Yılmaz", "Kowalski", "Mensah"),
  languages: fc.uniqueArray(fc.constantFrom("Nederlands", "Arabisch", "Tigrinya", "Pools", "Turks"), { maxLength: 3 }),
  postcode: fc.option(fc.constantFrom("1211 AB", "1401 CD", "1271 EF"), { nil: null }),
  educationLevel: fc.option(fc.constantFrom("NONE" as const, "VMBO" as const, "HBO" as const), { nil: null }),
  targetGroups: fc.uniqueArray(fc.constantFrom(...TARGET_GROUPS), { maxLength: 4 }),
  helpQuestions: fc.uniqueArray(fc.constantFrom(...HELP_QUESTIONS), { maxLength: 2 }),
  health: fc.record({ Gezondheid: fc.integer({ min: 1, max: 4 }), "Psychisch welbevinden": fc.integer({ min: 1, max: 4 }) }),
});

type Inputs = typeof matchInputs extends fc.Arbitrary<infer T> ? T : never;
type Attributes = typeof protectedAttributes extends fc.Arbitrary<infer T> ? T : never;

function record(inputs: Inputs, attrs: Attributes): FullCandidateRecord {
  return {
    id: "cand-1",
    userId: null,
    ownerId: "bm-1",
    firstName: attrs.firstName,
    lastName: attrs.lastName,
    email: `${attrs.firstName.toLowerCase()}@example.org`,
    phone: null,
    birthDate: attrs.birthDate,
    gender: attrs.gender,
    postcode: attrs.postcode,
    municipalityCode: inputs.homeWorkAreaId ? "GM0402" : null,
    municipality: inputs.homeWorkAreaId ? { workAreaId: inputs.homeWorkAreaId } : null,
    educationLevel: attrs.educationLevel,
    languages: attrs.languages,
    drivingLicence: false,
    availableFrom: inputs.availableFrom,
    hoursPerWeekMin: inputs.hoursPerWeekMin,
    hoursPerWeekMax: inputs.hoursPerWeekMax,
    maxTravelMinutes: inputs.maxTravelMinutes,
    isWorkReady: inputs.isWorkReady,
    workReadySince: inputs.isWorkReady ? day(-30) : null,
    status: "SEEKING",
    anonymisedAt: null,
    matchVersion: BigInt(0),
    createdAt: day(-100),
    updatedAt: day(-1),
    skills: inputs.skills,
    occupationWishes: inputs.occupationClassCodes.map((occupationClassCode) => ({ occupationClassCode })),
    workAreaWishes: inputs.workAreaIds.map((workAreaId) => ({ workAreaId })),
    consents: inputs.shares ? [{ purpose: "SHARE_WITH_PARTNERS", grantedAt: day(-90), revokedAt: null }] : [],
    targetGroups: attrs.targetGroups.map((targetGroupCode) => ({ targetGroupCode })),
    helpRequests: attrs.helpQuestions.map((question) => ({ question, note: "Ik heb een uitkering." })),
    assessments: [{ lifeDomainScores: attrs.health, notes: "Gezondheid vraagt aandacht." }],
  };
}

const vacancies: VacancyMatchProfile[] = [
  { id: "v1", status: "IN_PROGRESS", occupationClassCode: "ZOR", hoursPerWeek: 24, workAreaId: "area-h", startDay: null, skills: [{ skillCode: "verzorgen", level: 3 }, { skillCode: "nl-spreken", level: 2 }] },
  toVacancyMatchProfile({ id: "v2", status: "RECEIVED", occupationClassCode: "TEC", hoursPerWeek: 40, workAreaId: "area-w", startDate: day(20), skills: [{ skillCode: "lassen", level: 4 }, { skillCode: "rijbewijs", level: 1 }] }),
];
const context = { today: TEST_TODAY, travelTimes: testTravelTimes() };

describe("protected attributes are never score inputs", () => {
  it("gives the same profile, score and explanation when only protected attributes change", () => {
    fc.assert(
      fc.property(matchInputs, protectedAttributes, protectedAttributes, (inputs, first, second) => {
        const a = toCandidateMatchProfile(record(inputs, first));
        const b = toCandidateMatchProfile(record(inputs, second));
        expect(b).toEqual(a);
        for (const vacancy of vacancies) expect(scoreMatch(b, vacancy, context)).toEqual(scoreMatch(a, vacancy, context));
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });

  it("has no protected field in the profile given to the scorer", () => {
    const profile = toCandidateMatchProfile(record(fc.sample(matchInputs, { numRuns: 1, seed: 1 })[0]!, fc.sample(protectedAttributes, { numRuns: 1, seed: 1 })[0]!));
    expect(Object.keys(profile).sort()).toEqual(
      [
        "availableFromDay",
        "homeWorkAreaId",
        "hoursPerWeekMax",
        "hoursPerWeekMin",
        "id",
        "isWorkReady",
        "maxTravelMinutes",
        "occupationClassCodes",
        "sharesWithPartners",
        "skills",
        "workAreaIds",
        "workReadySinceDay",
      ].sort(),
    );
  });

  it("does change the score when a real input changes (the test can fail)", () => {
    const attrs = fc.sample(protectedAttributes, { numRuns: 1, seed: 2 })[0]!;
    const base = fc.sample(matchInputs, { numRuns: 1, seed: 2 })[0]!;
    const a = scoreMatch(toCandidateMatchProfile(record({ ...base, isWorkReady: false }, attrs)), vacancies[0]!, context);
    const b = scoreMatch(toCandidateMatchProfile(record({ ...base, isWorkReady: true }, attrs)), vacancies[0]!, context);
    expect(b.total - a.total).toBe(5);
  });
});
