import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EmployerSegment } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { escapeLike } from "@/lib/search/escape-like";
import { REGISTER_PAGE_SIZE, type EmployerRegisterSearch } from "./master-data-schemas";

export type EmployerRegisterRow = {
  id: string;
  kvkNumber: string;
  name: string;
  tradeName: string | null;
  city: string;
  municipality: string | null;
  workArea: string | null;
  outsideRegion: boolean;
  segment: EmployerSegment;
  sector: string | null;
  ownerId: string;
  ownerName: string;
  inclusiveEmployer: boolean;
  preferredSupplier: boolean;
  sbbRecognised: boolean;
};

export type EmployerRegisterPage = { rows: EmployerRegisterRow[]; total: number; page: number; pageCount: number };

/** Every filter of the register as one Prisma `where` (AND of the given criteria). */
export function buildEmployerRegisterWhere(search: EmployerRegisterSearch): Prisma.OrganisationWhereInput {
  const and: Prisma.OrganisationWhereInput[] = [];
  if (search.q) {
    const contains = { contains: escapeLike(search.q), mode: "insensitive" as const };
    const digits = search.q.replace(/\s/g, "");
    and.push({
      OR: [
        { legalName: contains },
        { tradeName: contains },
        ...(/^[0-9]{1,8}$/.test(digits) ? [{ kvkNumber: { startsWith: digits } }] : []),
      ],
    });
  }
  if (search.workArea) and.push({ municipality: { workAreaId: search.workArea } });
  if (search.municipality) and.push({ municipalityCode: search.municipality });
  if (search.segment) and.push({ segment: search.segment });
  if (search.sector) and.push({ sector: { equals: search.sector, mode: "insensitive" } });
  if (search.owner) and.push({ ownerId: search.owner });
  if (search.inclusive) and.push({ inclusiveEmployer: true });
  if (search.preferred) and.push({ preferredSupplier: true });
  if (search.sbb) and.push({ sbbRecognised: true });
  return { AND: and };
}

const ORDER: Record<EmployerRegisterSearch["sort"], Prisma.OrganisationOrderByWithRelationInput[]> = {
  name: [{ legalName: "asc" }, { id: "asc" }],
  "name-desc": [{ legalName: "desc" }, { id: "asc" }],
  city: [{ city: "asc" }, { legalName: "asc" }, { id: "asc" }],
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
};

/** The employer register (A1): search, filters, sorting and paging all run in the database. */
export async function findEmployerRegister({ actor, search }: { actor: Actor; search: EmployerRegisterSearch }): Promise<EmployerRegisterPage> {
  assertCan(actor, "employerRegister.read");
  const where: Prisma.OrganisationWhereInput = { AND: [organisationWhereFor(actor, "employerRegister.read"), buildEmployerRegisterWhere(search)] };
  const total = await prisma.organisation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const rows = await prisma.organisation.findMany({
    where,
    orderBy: ORDER[search.sort],
    skip: (page - 1) * REGISTER_PAGE_SIZE,
    take: REGISTER_PAGE_SIZE,
    select: {
      id: true,
      kvkNumber: true,
      legalName: true,
      tradeName: true,
      city: true,
      outsideRegion: true,
      segment: true,
      sector: true,
      ownerId: true,
      inclusiveEmployer: true,
      preferredSupplier: true,
      sbbRecognised: true,
      owner: { select: { name: true } },
      municipality: { select: { name: true, workArea: { select: { name: true } } } },
    },
  });
  return {
    total,
    page,
    pageCount,
    rows: rows.map(({ legalName, owner, municipality, ...row }) => ({
      ...row,
      name: legalName,
      ownerName: owner.name,
      municipality: municipality?.name ?? null,
      workArea: municipality?.workArea.name ?? null,
    })),
  };
}

export type EmployerRegisterOptions = {
  workAreas: { id: string; name: string }[];
  municipalities: { code: string; name: string }[];
  sectors: string[];
  owners: { id: string; name: string }[];
};

/** The choices of the register's filters, from the data itself. */
export async function findEmployerRegisterOptions({ actor }: { actor: Actor }): Promise<EmployerRegisterOptions> {
  assertCan(actor, "employerRegister.read");
  const [workAreas, municipalities, sectors, owners] = await Promise.all([
    prisma.workArea.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.municipality.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    prisma.organisation.findMany({ where: { sector: { not: null } }, select: { sector: true }, distinct: ["sector"], orderBy: { sector: "asc" } }),
    prisma.user.findMany({
      where: { ownedOrganisations: { some: {} } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { workAreas, municipalities, sectors: sectors.flatMap((s) => (s.sector ? [s.sector] : [])), owners };
}
