import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { findAuditEntries } from "@/lib/audit/find-audit-entries";
import { findMyAccessLog } from "@/lib/audit/find-my-access-log";
import { parseAuditSearch } from "@/lib/audit/schemas";
import { findMyCaseload } from "@/lib/caseload/find-my-caseload";
import { parseCaseloadSearch } from "@/lib/caseload/schemas";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { isAppError } from "@/lib/errors";
import { recordIdSchema } from "@/lib/forms/record-id";
import { firstValue, searchId } from "@/lib/forms/search-params";
import { findInstruments } from "@/lib/instruments/find-instruments";
import { parseInstrumentSearch } from "@/lib/instruments/schemas";
import { getKpiHeadline } from "@/lib/kpi/get-kpi-dashboard";
import { findPublicLearningOffers } from "@/lib/learning-offers/find-public-learning-offers";
import { parseLearningOfferSearch } from "@/lib/learning-offers/schemas";
import { findEmployerRegister } from "@/lib/organisations/find-employer-register";
import { parseEmployerRegisterSearch } from "@/lib/organisations/master-data-schemas";
import { findProfessionalProposals } from "@/lib/proposals/find-professional-proposals";
import { proposalListFilterSchema } from "@/lib/proposals/schemas";
import { findPublicVacancies } from "@/lib/public-vacancies/find-public-vacancies";
import { getPublicVacancy } from "@/lib/public-vacancies/get-public-vacancy";
import { parsePublicVacancySearch } from "@/lib/public-vacancies/schemas";
import { findSkills } from "@/lib/skills/find-skills";
import { findSuwiEmployers } from "@/lib/suwi/find-suwi-employers";
import { parseSuwiSearch } from "@/lib/suwi/schemas";
import { findTeamDirectory, teamDirectoryFilterSchema } from "@/lib/team/find-team-directory";
import { findUsers } from "@/lib/users/find-users";
import { findOwnerlessWork } from "@/lib/users/find-ownerless-work";
import { parseUserSearch } from "@/lib/users/schemas";
import { findIntakeVacancies, parseIntakeFilter } from "@/lib/vacancies/find-intake-vacancies";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { createAccountManager } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";

/*
 * Issue 15, finding 10 and "Must hold": every page with search or filter parameters, fed hostile GET values, runs its
 * parser and the data query those values feed without throwing (the not-found refusal aside). PostgreSQL refuses
 * a NUL byte, so before the fix `?q=a%00` was a 500 on /vacatures, /instrumenten and /leeraanbod.
 * The route handlers that take search parameters (dashboard exports) use the same parsers.
 */

type Params = Record<string, string | string[] | undefined>;

const NASTY: string[] = [
  "a\u0000",
  "\u0000",
  "\u0000".repeat(300),
  "zorg\u001b[31m\u007f\u0085",
  "\t\r\n",
  "%00",
  "%",
  "%%41",
  "%E0%A4%A",
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "' OR '1'='1' --",
  "'; DROP TABLE \"User\"; --",
  "\\",
  "../../etc/passwd",
  "x".repeat(10_000),
  "\u202e\u200b\ufeff",
  "😀👩‍👩‍👧",
  "\ud800",
  "-1",
  "0",
  "1e309",
  "NaN",
  "9".repeat(400),
  "2026-02-30",
  "0000-00-00",
  "__proto__",
  "constructor",
  "[object Object]",
];

function hostileValue(otherIds: string[]) {
  const text = fc.oneof(fc.constantFrom(...NASTY, ...otherIds), fc.string({ unit: "binary", maxLength: 60 }), fc.string({ maxLength: 20 }));
  return fc.oneof(text, fc.array(text, { minLength: 0, maxLength: 3 }), fc.constant(undefined));
}

function hostileParams(keys: string[], otherIds: string[]) {
  const value = hostileValue(otherIds);
  return fc.record(Object.fromEntries([...keys, "__proto__", "onbekend"].map((key) => [key, value])), { requiredKeys: [] }) as fc.Arbitrary<Params>;
}

/** Each nasty value in every parameter at once: run first, so the NUL of the scanner is always tried. */
const everyKeyGets = (keys: string[]) => NASTY.map((value): [Params] => [Object.fromEntries(keys.map((key) => [key, value]))]);

const notFoundOnly = (error: unknown) => isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN");

type Page = { path: string; keys: string[]; run: (params: Params) => Promise<unknown>; randomRuns?: number };

async function world() {
  const now = new Date();
  const admin = actorFor(await createUser({ role: "ADMIN" }));
  const mediatorUser = await createMediator();
  const mediator = actorFor(mediatorUser);
  const accountManager = actorFor(await createAccountManager());
  const regional = actorFor(await createUser({ role: "REGIONAL_STAFF" }));
  const { user: residentUser, candidate } = await createJobseeker({ ownerId: mediatorUser.id });
  const resident = actorFor(residentUser);
  const otherIds = [candidate.id, mediatorUser.id, residentUser.id, admin.userId];
  const today = now.toISOString().slice(0, 10);
  const as = (actor: Actor) => actor;

  const pages: Page[] = [
    { path: "/vacatures", keys: ["q", "workArea", "occupationClass", "hoursMin", "page"], run: (p) => findPublicVacancies(parsePublicVacancySearch(p)) },
    { path: "/instrumenten", keys: ["q", "kind", "provider", "audience"], run: (p) => findInstruments(parseInstrumentSearch(p)) },
    { path: "/leeraanbod", keys: ["q", "soort"], run: (p) => findPublicLearningOffers(parseLearningOfferSearch(p), today) },
    {
      path: "/vacatures/[id]",
      keys: ["id"],
      run: async (p) => {
        const id = recordIdSchema.safeParse(p.id);
        return id.success ? getPublicVacancy(id.data) : null;
      },
    },
    {
      path: "/professional/kandidaten",
      keys: ["q", "workReady", "availableBefore", "occupationClass", "workArea", "sort", "page"],
      run: (p) => findMyCaseload({ actor: as(mediator), search: parseCaseloadSearch(p) }),
    },
    { path: "/professional/voordrachten", keys: ["status"], run: (p) => findProfessionalProposals(mediator, proposalListFilterSchema.parse(p)) },
    { path: "/professional/team", keys: ["role", "partner", "workArea"], run: (p) => findTeamDirectory({ actor: mediator, filter: teamDirectoryFilterSchema.parse(p) }) },
    {
      path: "/professional/werkgevers",
      keys: ["q", "workArea", "municipality", "segment", "sector", "owner", "inclusive", "page"],
      run: (p) => findEmployerRegister({ actor: accountManager, search: parseEmployerRegisterSearch(p) }),
    },
    { path: "/professional/vacatures", keys: ["status"], run: (p) => findIntakeVacancies({ actor: accountManager, filter: parseIntakeFilter(p.status) }) },
    { path: "/beheer/gebruikers", keys: ["q", "rol", "partner", "status", "login", "page"], run: (p) => findUsers({ actor: admin, search: parseUserSearch(p) }) },
    {
      path: "/beheer/audit",
      keys: ["kandidaat", "email", "van", "tot", "pagina"],
      run: async (p) => {
        const parsed = parseAuditSearch(p);
        return parsed.search ? findAuditEntries({ actor: admin, search: parsed.search }) : null;
      },
    },
    { path: "/beheer/vaardigheden", keys: ["q", "kind", "status", "page"], run: (p) => findSkills({ actor: admin, searchParams: p }) },
    { path: "/beheer/gebruikers/zonder-eigenaar", keys: ["eigenaar"], run: (p) => findOwnerlessWork({ actor: admin, ownerId: searchId.parse(p.eigenaar) }) },
    {
      path: "/dashboard",
      keys: ["periode", "gemeente", "werkgebied", "beroepsklasse", "partner"],
      run: (p) => getKpiHeadline(regional, parseDashboardFilters(p, now), { now }),
    },
    {
      path: "/dashboard/suwi",
      keys: ["periode", "gemeente", "werkgebied", "beroepsklasse", "partner", "zoek", "pagina", "opvolgpagina"],
      run: (p) => {
        const search = parseSuwiSearch(p);
        return findSuwiEmployers(regional, parseDashboardFilters(p, now), { search: search.search, page: search.page });
      },
    },
    { path: "/werkzoekende/toestemmingen/inzage", keys: ["pagina"], run: (p) => findMyAccessLog({ actor: resident, page: firstValue(p.pagina) }) },
  ];
  return { pages, otherIds };
}

describe("GET parameters of every page with search or filters, fuzzed", () => {
  it("never throw (other than not-found) in the parser or the data query", { timeout: 120_000 }, async () => {
    const { pages, otherIds } = await world();
    await findPublicVacancies(parsePublicVacancySearch({})); // the first query of a worker warms Prisma up
    for (const page of pages) {
      await fc.assert(
        fc.asyncProperty(hostileParams(page.keys, otherIds), async (params) => {
          try {
            await page.run(params);
          } catch (error) {
            if (!notFoundOnly(error)) throw new Error(`${page.path} threw on ${JSON.stringify(params).slice(0, 300)}: ${String(error).slice(0, 300)}`);
          }
        }),
        // Kept small: the whole file stays within ~30 s of CI time.
        { numRuns: page.randomRuns ?? 6, seed: 15_010, examples: everyKeyGets(page.keys) },
      );
    }
    expect(pages.length).toBeGreaterThanOrEqual(16);
  });

  it("answer the scanner's exact addresses with results, not an error", async () => {
    expect(await findPublicVacancies(parsePublicVacancySearch({ q: "a\u0000" }))).toMatchObject({ items: expect.any(Array) });
    expect(await findInstruments(parseInstrumentSearch({ q: "a\u0000" }))).toEqual(expect.any(Array));
    expect(await findPublicLearningOffers(parseLearningOfferSearch({ q: "a\u0000" }), "2026-12-07")).toEqual(expect.any(Array));
  });
});
