import type { Role } from "../../../generated/prisma/enums";
import type { Clock } from "../dates";
import type { SeedDb } from "../db";
import type { Random } from "../random";
import type { WorkReadinessThresholds } from "../work-readiness";

export type RefData = {
  workAreaIdByName: Map<string, string>;
  workAreaNameById: Map<string, string>;
  /** Municipality code → work area id. */
  workAreaIdByMunicipality: Map<string, string>;
  partnerIdByCode: Map<string, string>;
  skillsByClass: Map<string, string[]>;
  occupationClassCodes: string[];
  routingRules: { id: string; question: string; priority: number; maxAge: number | null; partnerOrganisationId: string; team: string; normWorkingDays: number }[];
  rule: WorkReadinessThresholds & { version: number };
};

export type DemoUser = {
  id: string;
  key: string;
  name: string;
  email: string;
  role: Role;
  partnerCode?: string;
  workAreaIds: string[];
};

export type DemoOrganisation = {
  id: string;
  key: string;
  name: string;
  municipalityCode: string;
  workAreaId: string;
  city: string;
  ownerId: string;
  classes: readonly string[];
  contactIds: string[];
  sbbRecognised: boolean;
};

export type DemoVacancy = {
  id: string;
  organisationId: string;
  ownerId: string;
  title: string;
  occupationClassCode: string;
  status: "RECEIVED" | "IN_PROGRESS" | "CANDIDATES_PROPOSED" | "FILLED" | "CLOSED";
  createdAt: Date;
  hoursPerWeek: number;
  contractType: "PERMANENT" | "TEMPORARY" | "AGENCY" | "BBL" | "WORK_EXPERIENCE" | "TRIAL_PLACEMENT";
  isPublic: boolean;
  workAreaId: string;
  openToDistance: boolean;
  wantsJobCarvingAdvice: boolean;
  /** Timeline of the status history, used to date proposals and placements consistently. */
  inProgressAt: Date | null;
  proposedAt: Date | null;
  filledAt: Date | null;
  demo: boolean;
};

export type DemoCandidate = {
  id: string;
  firstName: string;
  lastName: string;
  ownerId: string;
  userId: string | null;
  age: number;
  municipalityCode: string;
  classes: string[];
  targetGroups: string[];
  sharesWithPartners: boolean;
  isWorkReady: boolean;
  createdAt: Date;
  demo: boolean;
};

export type DemoPlacement = {
  id: string;
  candidateId: string;
  organisationId: string;
  vacancyId: string;
  startDate: Date;
  endedOn: Date | null;
  recordedById: string;
};

export type DemoContext = {
  db: SeedDb;
  random: Random;
  clock: Clock;
  passwordHash: string;
  ref: RefData;
  users: Map<string, DemoUser>;
  accountManagers: DemoUser[];
  jobMediators: DemoUser[];
  organisations: DemoOrganisation[];
  vacancies: DemoVacancy[];
  candidates: DemoCandidate[];
  placements: DemoPlacement[];
  proposals: { id: string; vacancyId: string; candidateId: string; status: string; createdAt: Date }[];
};

export function user(ctx: DemoContext, key: string): DemoUser {
  const found = ctx.users.get(key);
  if (!found) throw new Error(`demo user "${key}" missing`);
  return found;
}

export function partnerId(ctx: DemoContext, code: string): string {
  const id = ctx.ref.partnerIdByCode.get(code);
  if (!id) throw new Error(`partner "${code}" missing: seed reference data first`);
  return id;
}

export function usersById(ctx: DemoContext): Map<string, DemoUser> {
  return new Map([...ctx.users.values()].map((u) => [u.id, u]));
}
