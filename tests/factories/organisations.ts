/**
 * Factories for employers and the region they live in. Integration databases start EMPTY, so
 * work areas and municipalities must be made here before an organisation can point at one.
 *
 *   const region = await ensureRegion();                       // the 4 work areas + 7 municipalities
 *   const am = await createAccountManager({ workAreaIds: [region.workAreaIdByName.Hilversum!] });
 *   const org = await createOrganisation({ ownerId: am.id, municipalityCode: "GM0402" });
 *   const employer = await createEmployerUser({ organisationId: org.id });
 *
 * Every call makes unique values (KvK number, names), so tests never collide.
 */
import type { EmployerSegment } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import region from "@/prisma/seed-data/region.json";
import { createUser, uniqueSuffix } from "./users";

let kvkSequence = 0;
// A random base per test process plus a counter: unique within a file and across parallel files.
const kvkBase = 10_000_000 + Math.floor(Math.random() * 80_000_000);

/** A unique, valid-looking KvK number (exactly 8 digits). */
export function uniqueKvkNumber(): string {
  kvkSequence += 1;
  return String(kvkBase + kvkSequence).padStart(8, "0").slice(-8);
}

/** A work area with a unique name (or the given one; upserted, so calling twice is fine). */
export async function createWorkArea(options: { name?: string } = {}) {
  const name = options.name ?? `Werkgebied ${uniqueSuffix()}`;
  return prisma.workArea.upsert({ where: { name }, update: {}, create: { name } });
}

/** A municipality in the given work area (a new work area when none is given). Upserted by code. */
export async function createMunicipality(options: { code?: string; name?: string; workAreaId?: string } = {}) {
  const workAreaId = options.workAreaId ?? (await createWorkArea()).id;
  const suffix = uniqueSuffix();
  const code = options.code ?? `GM${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;
  return prisma.municipality.upsert({
    where: { code },
    update: {},
    create: { code, name: options.name ?? `Gemeente ${suffix}`, workAreaId },
  });
}

/**
 * The real region (prisma/seed-data/region.json): 4 work areas and 7 municipalities with their CBS
 * codes (Hilversum GM0402, Gooise Meren GM1942, Wijdemeren GM1696, HBEL: GM0376 GM0317 GM0406 GM0417).
 * Idempotent.
 */
export async function ensureRegion() {
  const workAreaIdByName: Record<string, string> = {};
  for (const name of region.workAreas) workAreaIdByName[name] = (await createWorkArea({ name })).id;
  for (const municipality of region.municipalities) {
    await createMunicipality({
      code: municipality.code,
      name: municipality.name,
      workAreaId: workAreaIdByName[municipality.workArea],
    });
  }
  return { workAreaIdByName, municipalityCodes: region.municipalities.map((m) => m.code) };
}

/** An ACCOUNT_MANAGER (or another professional role) linked to the given work areas. */
export async function createAccountManager(
  options: { workAreaIds?: string[]; name?: string; role?: "ACCOUNT_MANAGER" | "JOB_MEDIATOR" } = {},
) {
  const user = await createUser({ role: options.role ?? "ACCOUNT_MANAGER", name: options.name });
  if (options.workAreaIds?.length) {
    await prisma.userWorkArea.createMany({
      data: options.workAreaIds.map((workAreaId) => ({ userId: user.id, workAreaId })),
    });
  }
  return user;
}

/** A valid master-data form for an organisation (municipality GM0406 Huizen: call ensureRegion() first). */
export function organisationMasterData(organisationId: string) {
  return {
    organisationId, legalName: "Nieuwe Naam B.V.", tradeName: "", street: "Kerkstraat", houseNumber: "3", postcode: "1271 ab",
    city: "Huizen", municipalityCode: "GM0406", segment: "LARGE", sector: "Techniek", size: 250,
    inclusiveEmployer: true, preferredSupplier: true, sbbRecognised: false, phone: "", email: "", website: "",
  };
}

type OrganisationOptions = {
  ownerId: string;
  municipalityCode?: string | null;
  kvkNumber?: string;
  legalName?: string;
  segment?: EmployerSegment;
  sector?: string | null;
  outsideRegion?: boolean;
};

/** An employer organisation owned by `ownerId` (an accountmanager), with a unique 8-digit KvK number. */
export async function createOrganisation(options: OrganisationOptions) {
  return prisma.organisation.create({
    data: {
      kvkNumber: options.kvkNumber ?? uniqueKvkNumber(),
      legalName: options.legalName ?? `Testbedrijf ${uniqueSuffix()}`,
      street: "Stationsweg",
      houseNumber: "1",
      postcode: "1211 AA",
      city: "Hilversum",
      municipalityCode: options.municipalityCode ?? null,
      outsideRegion: options.outsideRegion ?? false,
      segment: options.segment ?? "MKB",
      sector: options.sector ?? null,
      ownerId: options.ownerId,
    },
  });
}

/** An EMPLOYER contact person of the given organisation (password: TEST_PASSWORD from ./users). */
export async function createEmployerUser(options: { organisationId: string | null; email?: string; name?: string }) {
  return createUser({
    role: "EMPLOYER",
    organisationId: options.organisationId,
    email: options.email,
    name: options.name,
  });
}
