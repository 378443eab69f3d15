/** Demo candidates: profile, skills, wishes, target groups, consent and werkfit assessments. */
import type { EducationLevel } from "../../../generated/prisma/enums";
import type { Prisma } from "../../../generated/prisma/client";
import { addDays, addMonths } from "../dates";
import { deriveWorkReady } from "../work-readiness";
import { CLASS_BASIS, CLASS_CERTIFICATES } from "./catalog";
import { user, type DemoCandidate, type DemoContext, type DemoUser } from "./context";
import { FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, LANGUAGES_EXTRA, LAST_NAMES, PLACES, PLACES_BY_MUNICIPALITY, emailLocalPart } from "./names";
import { DEMO_EMAIL_DOMAIN } from "./professionals";

export const GENERATED_CANDIDATES = 160;
const CANDIDATES_WITH_ACCOUNT = 12;

const CLASS_WEIGHTS: readonly (readonly [string, number])[] = [
  ["ZOR", 16], ["TEC", 12], ["TRL", 14], ["DIE", 14], ["COM", 10], ["BEA", 10],
  ["PED", 7], ["ICT", 5], ["AGR", 4], ["CRE", 3], ["MAN", 3], ["OBV", 3],
];

const MUNICIPALITY_WEIGHTS: readonly (readonly [string, number])[] = [
  ["GM0402", 35], ["GM1942", 22], ["GM0406", 17], ["GM1696", 9], ["GM0376", 4], ["GM0417", 5], ["GM0317", 4],
];

const EDUCATION_WEIGHTS: readonly (readonly [EducationLevel, number])[] = [
  ["NONE", 3], ["PRIMARY", 5], ["VMBO", 14], ["MBO1", 8], ["MBO2", 18], ["MBO3", 16], ["MBO4", 14], ["HAVO_VWO", 8], ["HBO", 10], ["WO", 4],
];

const BENEFIT_WEIGHTS: readonly (readonly [string | null, number])[] = [
  ["PWET", 30], ["WW", 24], ["WIA", 7], ["WAJONG", 7], ["NUG", 10], ["WERKENDE", 8], [null, 14],
];

type Profile = "strong" | "medium" | "weak";

function scores(random: DemoContext["random"], names: readonly string[], profile: Profile, lifeDomain: boolean): Record<string, number> {
  const result: Record<string, number> = {};
  const lowSlots = profile === "strong" ? random.int(0, 2) : profile === "medium" ? random.int(2, 4) : random.int(3, 6);
  const low = new Set(random.sample(names, lowSlots));
  const blocking = profile === "weak" && random.chance(0.6) ? random.pick(names) : null;
  for (const name of names) {
    if (name === blocking) result[name] = 1;
    else if (low.has(name)) result[name] = lifeDomain ? random.int(1, 2) === 1 && profile !== "strong" ? 1 : 2 : 2;
    else result[name] = random.weighted([[3, 6], [4, 3]] as const);
  }
  return result;
}

export async function seedCandidates(ctx: DemoContext): Promise<void> {
  const { random, clock, ref } = ctx;
  const demoMediator = user(ctx, "demo-bm");
  const youthCoach = user(ctx, "bm-lotte");
  const mobilityAdviser = user(ctx, "bm-anouk");
  const careerAdviser = user(ctx, "bm-esther");
  const sheltered = user(ctx, "bm-joost");
  const specialists = new Set([youthCoach.id, mobilityAdviser.id, careerAdviser.id, sheltered.id]);
  const usedEmails = new Set<string>([...ctx.users.values()].map((u) => u.email));

  const userRows: Prisma.UserCreateManyInput[] = [];
  const candidateRows: Prisma.CandidateCreateManyInput[] = [];
  const skillRows: Prisma.CandidateSkillCreateManyInput[] = [];
  const occupationRows: Prisma.CandidateOccupationWishCreateManyInput[] = [];
  const areaRows: Prisma.CandidateWorkAreaWishCreateManyInput[] = [];
  const targetRows: Prisma.CandidateTargetGroupCreateManyInput[] = [];
  const consentRows: Prisma.ConsentCreateManyInput[] = [];
  const assessmentRows: Prisma.WorkReadinessAssessmentCreateManyInput[] = [];

  const uniqueEmail = (local: string) => {
    let email = `${local}@${DEMO_EMAIL_DOMAIN}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${DEMO_EMAIL_DOMAIN}`;
    usedEmails.add(email);
    return email;
  };

  const ownerFor = (workAreaId: string, age: number, groups: string[], classes: string[]): DemoUser => {
    if (groups.includes("WERKENDE") && random.chance(0.7)) return mobilityAdviser;
    if (age < 27 && random.chance(0.6)) return youthCoach;
    const support = groups.some((g) => g === "DGR" || g === "PSYCHISCH" || g === "BASISVAARDIGHEDEN" || g === "WAJONG");
    if (support && sheltered.workAreaIds.includes(workAreaId) && random.chance(0.5)) return sheltered;
    if (classes.length > 1 && random.chance(0.25)) return careerAdviser;
    const local = ctx.jobMediators.filter((bm) => bm.workAreaIds.includes(workAreaId) && !specialists.has(bm.id));
    const pool = local.length > 0 ? local : ctx.jobMediators.filter((bm) => !specialists.has(bm.id));
    return random.weighted(pool.map((bm) => [bm, bm.id === demoMediator.id ? 4 : 1] as const));
  };

  type Spec = {
    demo: boolean;
    firstName: string;
    lastName: string;
    gender: string;
    age: number;
    municipalityCode: string;
    classes: string[];
    groups: string[];
    owner?: DemoUser;
    withAccount: boolean;
    skills?: Record<string, number>;
    areas?: string[];
    education?: EducationLevel;
    languages?: string[];
    driving?: boolean;
    hours?: [number, number];
    createdDaysAgo?: number;
    /** Assessment profiles from old to new, with days ago. */
    assessments?: { profile: Profile; daysAgo: number }[];
  };

  const specs: Spec[] = [
    {
      demo: true, firstName: "Nadia", lastName: "Boukhari", gender: "vrouw", age: 34, municipalityCode: "GM0402",
      classes: ["ZOR", "DIE"], groups: ["PWET"], owner: demoMediator, withAccount: true,
      skills: {
        "persoonlijke-verzorging": 2, "huishoudelijke-ondersteuning": 3, "maaltijden-bereiden-en-serveren": 3,
        "begeleiden-van-cli-nten": 2, "gastvrijheid-en-ontvangst": 3, "schoonmaken": 3,
        "nederlandse-taal-spreken": 3, "nederlandse-taal-lezen": 3, "digitale-vaardigheden": 2,
      },
      areas: ["Hilversum", "Gooise Meren"], education: "MBO2", languages: ["Nederlands", "Arabisch", "Engels"],
      driving: false, hours: [24, 32], createdDaysAgo: 150,
      assessments: [{ profile: "weak", daysAgo: 120 }, { profile: "strong", daysAgo: 21 }],
    },
  ];

  for (let i = 0; i < GENERATED_CANDIDATES; i++) {
    const female = random.chance(0.52);
    const age = random.weighted([[random.int(18, 26), 22], [random.int(27, 44), 40], [random.int(45, 66), 38]] as const);
    const primary = random.weighted(CLASS_WEIGHTS);
    const classes = [primary];
    if (random.chance(0.35)) {
      const secondary = random.weighted(CLASS_WEIGHTS);
      if (secondary !== primary) classes.push(secondary);
    }
    const groups: string[] = [];
    if (random.chance(0.7)) {
      const benefit = random.weighted(BENEFIT_WEIGHTS);
      if (benefit) groups.push(benefit);
      if (age < 27 && random.chance(0.7)) groups.push("JONGERE");
      if ((benefit === "WAJONG" || benefit === "WIA") && random.chance(0.6)) groups.push("DGR");
      if (benefit !== "WERKENDE") {
        if (random.chance(0.1)) groups.push("STATUSHOUDER");
        if (random.chance(0.08)) groups.push("BASISVAARDIGHEDEN");
        if (random.chance(0.05)) groups.push("PSYCHISCH");
        if (random.chance(0.02)) groups.push("EX_GEDETINEERDE");
        if (random.chance(0.03)) groups.push("ARBEIDSMIGRANT");
      }
    }
    const profile = random.weighted<Profile>([["strong", 55], ["medium", 30], ["weak", 15]]);
    const assessments: { profile: Profile; daysAgo: number }[] = [];
    if (random.chance(0.82)) {
      const latest = random.int(3, 200);
      if (random.chance(0.3)) assessments.push({ profile: profile === "strong" ? "medium" : "weak", daysAgo: latest + random.int(60, 180) });
      assessments.push({ profile, daysAgo: latest });
    }
    specs.push({
      demo: false,
      firstName: random.pick(female ? FIRST_NAMES_FEMALE : FIRST_NAMES_MALE),
      lastName: random.pick(LAST_NAMES),
      gender: female ? "vrouw" : random.chance(0.02) ? "anders" : "man",
      age,
      municipalityCode: random.weighted(MUNICIPALITY_WEIGHTS),
      classes,
      groups,
      withAccount: i < CANDIDATES_WITH_ACCOUNT,
      assessments,
    });
  }

  for (const spec of specs) {
    const id = random.id();
    const homeAreaId = ref.workAreaIdByMunicipality.get(spec.municipalityCode);
    if (!homeAreaId) throw new Error(`municipality ${spec.municipalityCode} missing`);
    const owner = spec.owner ?? ownerFor(homeAreaId, spec.age, spec.groups, spec.classes);
    const createdDaysAgo = spec.createdDaysAgo ?? Math.max(...(spec.assessments ?? []).map((a) => a.daysAgo + random.int(5, 30)), random.int(10, 400));
    const createdAt = new Date(clock.daysAgo(createdDaysAgo).getTime() + random.int(9, 16) * 3_600_000);
    const local = emailLocalPart(spec.firstName, spec.lastName);
    const email = spec.demo ? `werkzoekende@${DEMO_EMAIL_DOMAIN}` : uniqueEmail(local);
    const phone = `06 ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`;

    let userId: string | null = null;
    if (spec.withAccount) {
      userId = random.id();
      userRows.push({ id: userId, email, passwordHash: ctx.passwordHash, name: `${spec.firstName} ${spec.lastName}`, role: "JOBSEEKER", phone, createdAt });
      if (spec.demo) ctx.users.set("demo-werkzoekende", { id: userId, key: "demo-werkzoekende", name: `${spec.firstName} ${spec.lastName}`, email, role: "JOBSEEKER", workAreaIds: [] });
    }

    // Skills, clustered by occupation class.
    const skills = new Map<string, number>(Object.entries(spec.skills ?? {}));
    if (!spec.skills) {
      spec.classes.forEach((classCode, index) => {
        const pool = ref.skillsByClass.get(classCode) ?? [];
        for (const code of random.sample(pool, index === 0 ? random.int(3, 5) : random.int(1, 2))) {
          skills.set(code, random.weighted([[1, 2], [2, 4], [3, 4], [4, 2]] as const));
        }
        const certificates = CLASS_CERTIFICATES[classCode];
        if (certificates && random.chance(0.3)) skills.set(random.pick(certificates), 3);
      });
      const newcomer = spec.groups.includes("STATUSHOUDER") || spec.groups.includes("ARBEIDSMIGRANT");
      skills.set("nederlandse-taal-spreken", newcomer || spec.groups.includes("BASISVAARDIGHEDEN") ? random.int(1, 2) : random.int(3, 4));
      for (const basis of random.sample(CLASS_BASIS[spec.classes[0] ?? "DIE"] ?? [], random.int(1, 2))) {
        if (!skills.has(basis)) skills.set(basis, random.int(2, 4));
      }
      if (random.chance(0.4)) skills.set("digitale-vaardigheden", random.int(1, 4));
    }
    for (const [skillCode, level] of skills) skillRows.push({ candidateId: id, skillCode, level });

    for (const classCode of spec.classes) occupationRows.push({ candidateId: id, occupationClassCode: classCode });
    const areaIds = new Set<string>(spec.areas ? spec.areas.map((name) => ref.workAreaIdByName.get(name) ?? homeAreaId) : [homeAreaId]);
    if (!spec.areas) for (const extra of random.sample([...ref.workAreaIdByName.values()], random.int(0, 2))) areaIds.add(extra);
    for (const workAreaId of areaIds) areaRows.push({ candidateId: id, workAreaId });
    for (const targetGroupCode of spec.groups) targetRows.push({ candidateId: id, targetGroupCode });

    // Consent to share the profile with the Werkcentrum partners: most grant it, a few revoke it.
    let shares = spec.demo || random.chance(0.9);
    if (shares) {
      const revoked = !spec.demo && random.chance(0.03);
      consentRows.push({ id: random.id(), candidateId: id, purpose: "SHARE_WITH_PARTNERS", grantedAt: createdAt, revokedAt: revoked ? addDays(createdAt, random.int(10, 60)) : null, createdAt });
      if (revoked) shares = false;
    }

    // Werkfit assessments, oldest first; the candidate's status follows the latest one.
    let isWorkReady = false;
    let workReadySince: Date | null = null;
    for (const assessment of [...(spec.assessments ?? [])].sort((a, b) => b.daysAgo - a.daysAgo)) {
      const assessedOn = clock.daysAgo(assessment.daysAgo);
      const employeeSkillScores = scores(random, ref.rule.employeeSkills, assessment.profile, false);
      const lifeDomainScores = scores(random, ref.rule.lifeDomains, assessment.profile, true);
      const derivedWorkReady = deriveWorkReady(ref.rule, employeeSkillScores, lifeDomainScores);
      const override = !derivedWorkReady && assessment.profile === "medium" && random.chance(0.08);
      const ready = override ? true : derivedWorkReady;
      assessmentRows.push({
        id: random.id(),
        candidateId: id,
        assessedById: owner.id,
        assessedOn,
        ruleVersion: ref.rule.version,
        employeeSkillScores,
        lifeDomainScores,
        notes: ready
          ? "Gemotiveerd en goed inzetbaar; afspraken over begeleiding bij de start gemaakt."
          : "Nog aandachtspunten op werknemersvaardigheden of leefgebieden; ontwikkelplan opgesteld.",
        derivedWorkReady,
        overrideWorkReady: override ? true : null,
        overrideReason: override ? "Werkervaringsplek laat zien dat de kandidaat meer kan dan de scores aangeven; jobcoach zet knelpunten op." : null,
        createdAt: new Date(assessedOn.getTime() + 11 * 3_600_000),
      });
      if (ready && !isWorkReady) workReadySince = assessedOn;
      if (!ready) workReadySince = null;
      isWorkReady = ready;
    }

    const place = random.pick(PLACES_BY_MUNICIPALITY[spec.municipalityCode] ?? ["Hilversum"]);
    const postcodePrefix = random.pick(PLACES[place]?.postcodes ?? ["1211"]);
    const hoursMin = spec.hours?.[0] ?? random.pick([8, 12, 16, 20, 24, 24, 32]);
    const hoursMax = spec.hours?.[1] ?? Math.min(40, hoursMin + random.pick([0, 8, 8, 12, 16]));
    const languages = spec.languages ?? ["Nederlands", ...(spec.groups.includes("STATUSHOUDER") ? [random.pick(["Arabisch", "Tigrinya", "Oekraïens", "Dari"])] : []), ...(random.chance(0.45) ? [random.pick(LANGUAGES_EXTRA)] : [])];
    candidateRows.push({
      id,
      userId,
      ownerId: owner.id,
      firstName: spec.firstName,
      lastName: spec.lastName,
      email,
      phone,
      birthDate: addMonths(clock.today, -(spec.age * 12 + random.int(1, 11))),
      gender: spec.gender,
      postcode: `${postcodePrefix} ${String.fromCharCode(65 + random.int(0, 25))}${String.fromCharCode(65 + random.int(0, 25))}`,
      municipalityCode: spec.municipalityCode,
      educationLevel: spec.education ?? random.weighted(EDUCATION_WEIGHTS),
      languages: [...new Set(languages)],
      drivingLicence: spec.driving ?? (skills.has("rijbewijs-b") || random.chance(0.5)),
      availableFrom: random.chance(0.7) ? clock.daysAgo(random.int(0, 120)) : clock.daysAhead(random.int(1, 45)),
      hoursPerWeekMin: hoursMin,
      hoursPerWeekMax: Math.max(hoursMin, hoursMax),
      maxTravelMinutes: random.pick([15, 20, 30, 30, 45, 60]),
      isWorkReady,
      workReadySince,
      createdAt,
      updatedAt: createdAt,
    });

    const candidate: DemoCandidate = {
      id,
      firstName: spec.firstName,
      lastName: spec.lastName,
      ownerId: owner.id,
      userId,
      age: spec.age,
      municipalityCode: spec.municipalityCode,
      classes: spec.classes,
      targetGroups: spec.groups,
      sharesWithPartners: shares,
      isWorkReady,
      createdAt,
      demo: spec.demo,
    };
    ctx.candidates.push(candidate);
  }

  await ctx.db.user.createMany({ data: userRows });
  await ctx.db.candidate.createMany({ data: candidateRows });
  await ctx.db.candidateSkill.createMany({ data: skillRows });
  await ctx.db.candidateOccupationWish.createMany({ data: occupationRows });
  await ctx.db.candidateWorkAreaWish.createMany({ data: areaRows });
  await ctx.db.candidateTargetGroup.createMany({ data: targetRows });
  await ctx.db.consent.createMany({ data: consentRows });
  await ctx.db.workReadinessAssessment.createMany({ data: assessmentRows });
}
