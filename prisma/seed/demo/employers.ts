/** Demo employers (Organisation) with their owner accountmanager and EMPLOYER contact users. */
import type { Prisma } from "../../../generated/prisma/client";
import { DEMO_ORGANISATION_KEY, ORGANISATIONS } from "./catalog";
import { user, type DemoContext, type DemoOrganisation } from "./context";
import { FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, LAST_NAMES, PLACES, STREETS, emailLocalPart } from "./names";
import { DEMO_EMAIL_DOMAIN } from "./professionals";

const CONTACT_TITLES = ["HR-adviseur", "Eigenaar", "Vestigingsmanager", "P&O-medewerker", "Teamleider", "Directeur", "Office manager"];
const AREA_CODES: Record<string, string> = {
  GM0402: "035", GM1942: "035", GM0406: "035", GM0376: "035", GM0317: "035", GM0417: "035", GM1696: "035",
};

/** Clearly fictional KvK numbers: 8 digits starting with 99, unique per index. */
export function demoKvkNumber(index: number): string {
  return String(99_000_000 + 101 + index * 37).padStart(8, "0");
}

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(b\.?v\.?|v\.?o\.?f\.?|stichting)\b/g, "")
    .replace(/[^a-z0-9]+/g, "");
}

export async function seedEmployers(ctx: DemoContext): Promise<void> {
  const { random, clock } = ctx;
  const demoAccountManager = user(ctx, "demo-am");
  const roundRobin = new Map<string, number>();
  const usedEmails = new Set<string>([...ctx.users.values()].map((u) => u.email));
  const orgRows: Prisma.OrganisationCreateManyInput[] = [];
  const contactRows: Prisma.UserCreateManyInput[] = [];

  ORGANISATIONS.forEach((spec, index) => {
    const place = PLACES[spec.place];
    if (!place) throw new Error(`place "${spec.place}" missing`);
    const workAreaId = ctx.ref.workAreaIdByMunicipality.get(place.municipalityCode);
    if (!workAreaId) throw new Error(`municipality "${place.municipalityCode}" missing`);
    const isDemo = spec.key === DEMO_ORGANISATION_KEY;

    let ownerId = demoAccountManager.id;
    if (!isDemo) {
      const candidates = ctx.accountManagers.filter((am) => am.workAreaIds.includes(workAreaId));
      const turn = roundRobin.get(workAreaId) ?? 0;
      roundRobin.set(workAreaId, turn + 1);
      const owner = candidates[turn % candidates.length];
      if (!owner) throw new Error(`no accountmanager covers the work area of ${spec.legalName}`);
      ownerId = owner.id;
    }

    const id = random.id();
    const domain = slug(spec.tradeName ?? spec.legalName);
    const createdAt = clock.daysAgo(random.int(200, 900));
    orgRows.push({
      id,
      kvkNumber: demoKvkNumber(index),
      legalName: spec.legalName,
      tradeName: spec.tradeName ?? null,
      street: random.pick(STREETS[spec.place] ?? ["Dorpsstraat"]),
      houseNumber: String(random.int(1, 180)),
      postcode: `${random.pick(place.postcodes)} ${String.fromCharCode(65 + random.int(0, 25))}${String.fromCharCode(65 + random.int(0, 25))}`,
      city: spec.place,
      municipalityCode: place.municipalityCode,
      segment: spec.segment,
      sector: spec.sector,
      size: spec.size,
      inclusiveEmployer: spec.inclusive ?? false,
      preferredSupplier: spec.preferred ?? false,
      sbbRecognised: spec.sbb ?? false,
      phone: `${AREA_CODES[place.municipalityCode] ?? "035"} ${random.int(500, 799)} ${random.int(10, 99)} ${random.int(10, 99)}`,
      email: `info.${domain}@${DEMO_EMAIL_DOMAIN}`,
      website: `https://www.${domain}.example`,
      ownerId,
      createdAt,
    });

    const contactIds: string[] = [];
    const contactCount = isDemo ? 2 : random.int(1, 2);
    for (let c = 0; c < contactCount; c++) {
      const female = random.chance(0.55);
      const firstName = isDemo && c === 0 ? "Joyce" : random.pick(female ? FIRST_NAMES_FEMALE : FIRST_NAMES_MALE);
      const lastName = isDemo && c === 0 ? "Hilhorst" : random.pick(LAST_NAMES);
      let email = isDemo && c === 0 ? `werkgever@${DEMO_EMAIL_DOMAIN}` : `${emailLocalPart(firstName, lastName)}.${domain}@${DEMO_EMAIL_DOMAIN}`;
      for (let n = 2; usedEmails.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
      usedEmails.add(email);
      const contactId = random.id();
      contactIds.push(contactId);
      contactRows.push({
        id: contactId,
        email,
        passwordHash: ctx.passwordHash,
        name: `${firstName} ${lastName}`,
        role: "EMPLOYER",
        phone: `06 ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`,
        jobTitle: isDemo && c === 0 ? "HR-adviseur" : random.pick(CONTACT_TITLES),
        organisationId: id,
        createdAt: addMinutes(createdAt, c * 90),
      });
      if (isDemo && c === 0) {
        ctx.users.set("demo-werkgever", {
          id: contactId, key: "demo-werkgever", name: `${firstName} ${lastName}`, email, role: "EMPLOYER", workAreaIds: [],
        });
      }
    }

    const organisation: DemoOrganisation = {
      id,
      key: spec.key,
      name: spec.tradeName ?? spec.legalName,
      municipalityCode: place.municipalityCode,
      workAreaId,
      city: spec.place,
      ownerId,
      classes: spec.classes,
      contactIds,
      sbbRecognised: spec.sbb ?? false,
    };
    ctx.organisations.push(organisation);
  });

  await ctx.db.organisation.createMany({ data: orgRows });
  await ctx.db.user.createMany({ data: contactRows });
}

function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
