import { randomUUID } from "node:crypto";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { EMAIL_NOT_VERIFIED_MESSAGE, OPEN_BEFORE_EMAIL_VERIFICATION } from "@/lib/auth/email-verification-gate";
import { PERMISSIONS, type PermissionAction } from "@/lib/auth/permissions";
import type { SessionClaims } from "@/lib/auth/resolve-actor";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { prisma } from "@/lib/db";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { seed } from "@/prisma/seed/index";
import { createUser } from "@/tests/factories/users";
import { describeTag, discoverServerActions, findActionFiles, type DiscoveredAction } from "./support/action-registry";
import { EXPECTED_ACTIONS, WRITES_ALLOWED_WHEN_REFUSED } from "./support/fuzz-action-coverage";
import { brief, hostileInputFor, type ValuePools } from "./support/hostile-input";
import { drainWrites, installWriteLog } from "./support/write-log";
import { fieldsWithUnstorableText } from "@/lib/forms/unstorable-text";

/*
 * The "must hold" of issue 15: every server action, called as every role (and signed out, blocked and
 * unconfirmed) with generated hostile input, answers with a result — a Dutch refusal, Dutch field errors, a
 * not-found or a redirect — never an unhandled error or the generic "er ging iets mis" (the 500 of an action),
 * and changes nothing in the database when it refuses or rejects the input. A successful call with a submission
 * key is replayed: the second call writes nothing.
 *
 * Reproducible by default (fixed seed); go deeper locally with FUZZ_SEED=<n> FUZZ_RUNS=<n>.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 15);
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
/** The role check comes before the input is read, so a refused role needs few inputs. */
const REFUSED_RUNS = Math.max(1, Math.ceil(RUNS / 4));

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock("@/lib/auth/session", async () => {
  const { resolveActor, resolveEnrolmentActor } = await import("@/lib/auth/resolve-actor");
  const { AppError } = await import("@/lib/errors");
  const getActor = () => resolveActor(session.claims);
  return {
    getActor,
    getEnrolmentActor: () => resolveEnrolmentActor(session.claims),
    getCurrentSessionId: async () => session.claims?.sessionId ?? null,
    requireActor: async () => {
      const actor = await getActor();
      if (!actor) throw new AppError("UNAUTHENTICATED");
      return actor;
    },
  };
});
vi.mock("@/lib/safe-action", async (importOriginal) => {
  const { tagSafeActionClients } = await import("./support/action-registry");
  return tagSafeActionClients(await importOriginal<Record<string, unknown>>());
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.15", "user-agent": "fuzz" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));

/** What handleActionError logged for the last unexpected error (its kind and frames, no message): shown when a call answers a 500. */
let lastLoggedError: unknown;
vi.spyOn(logger, "error").mockImplementation(((details: unknown) => {
  lastLoggedError = details;
}) as never);

const ROOT = path.resolve(import.meta.dirname, "../..");
const actions = await discoverServerActions(ROOT);

/** "live": a signed-in account; "blocked": disabled; "unconfirmed": e-mail address not confirmed (decision 019). */
type FuzzActor = { label: string; role: Role | null; status: "live" | "blocked" | "unconfirmed" | "anonymous"; userId?: string; sessionId?: string; sessionVersion?: number };
const actors: FuzzActor[] = [];
let pools: ValuePools = { ids: [], codes: [] };

beforeAll(async () => {
  await seed(prisma as never, { demo: true });
  for (const account of DEMO_ACCOUNTS) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: account.email } });
    actors.push({ label: account.role, role: account.role, status: "live", userId: user.id });
  }
  const employer = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email } });
  const blocked = await createUser({ role: "EMPLOYER", organisationId: employer.organisationId, disabledAt: new Date() });
  const unconfirmed = await createUser({ role: "JOBSEEKER", emailVerifiedAt: null });
  actors.push({ label: "blocked EMPLOYER", role: "EMPLOYER", status: "blocked", userId: blocked.id });
  actors.push({ label: "unconfirmed JOBSEEKER", role: "JOBSEEKER", status: "unconfirmed", userId: unconfirmed.id });
  actors.push({ label: "anonymous", role: null, status: "anonymous" });
  for (const actor of actors) {
    if (!actor.userId) continue;
    actor.sessionId = randomUUID();
    await prisma.userSession.create({ data: { id: actor.sessionId, userId: actor.userId, expiresAt: new Date(Date.now() + 86_400_000) } });
  }
  pools = await valuePools(actors.flatMap((actor) => (actor.userId ? [actor.userId] : [])));
  await installWriteLog();
}, 120_000);

/** Outcome counts of the calls by role-allowed callers, to see that inputs get past validation to the domain. */
const tally = { calls: 0, allowed: { success: 0, refused: 0, invalid: 0, notFound: 0, redirect: 0 }, replays: 0, started: Date.now() };

afterAll(() => {
  session.claims = null;
  const seconds = ((Date.now() - tally.started) / 1000).toFixed(0);
  console.info(
    `fuzz: ${actions.length} actions × ${actors.length} callers, ${RUNS} runs allowed / ${REFUSED_RUNS} refused, seed ${SEED}: ` +
      `${tally.calls} calls + ${tally.replays} replays in ${seconds} s; allowed callers' outcomes ${JSON.stringify(tally.allowed)}`,
  );
});

/** A few ids of every table (other people's records, and some of the actors' own) and reference codes. */
async function valuePools(actorUserIds: string[]): Promise<ValuePools> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'text'`;
  const ids: string[] = [];
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${name}" ORDER BY md5(id) LIMIT 4`);
    ids.push(...rows.map((row) => row.id).filter((id) => !actorUserIds.includes(id)));
  }
  const codes: string[] = [];
  for (const table of ["Skill", "OccupationClass", "Instrument", "TargetGroup"]) {
    const rows = await prisma.$queryRawUnsafe<{ code: string }[]>(`SELECT code FROM "${table}" ORDER BY md5(code) LIMIT 4`);
    codes.push(...rows.map((row) => row.code));
  }
  return { ids: [...ids, "x", randomUUID(), "c".repeat(25)], codes };
}

/**
 * Undo what earlier actions may have done to the acting accounts (an admin blocking the demo employer, "log out
 * everywhere"), so every action meets the same actors; the enrolment action gets sessions that must enrol.
 */
async function resetActors(mustEnrolSecondFactor: boolean): Promise<void> {
  for (const actor of actors) {
    if (!actor.userId || !actor.sessionId) continue;
    const user = await prisma.user.update({ where: { id: actor.userId }, data: { disabledAt: actor.status === "blocked" ? new Date() : null } });
    await prisma.userSession.update({
      where: { id: actor.sessionId },
      data: { revokedAt: null, lastSeenAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000), mustEnrolSecondFactor },
    });
    actor.sessionVersion = user.sessionVersion;
  }
  await drainWrites();
}

function claimsOf(actor: FuzzActor): SessionClaims | null {
  if (!actor.userId || !actor.sessionId) return null;
  return { userId: actor.userId, sessionId: actor.sessionId, sessionVersion: actor.sessionVersion ?? 0 };
}

/** May this actor pass the action's role check at all? (The row scope may still refuse the record.) */
function passesRoleCheck(discovered: DiscoveredAction, actor: FuzzActor): boolean {
  const tag = discovered.tag;
  if (tag?.client === "public") return true;
  if (actor.status === "anonymous" || actor.status === "blocked" || !actor.role) return false;
  if (tag?.client === "signedIn") return true;
  const permission = tag?.permission as PermissionAction;
  const row = PERMISSIONS[permission] as Partial<Record<Role, string>> | undefined;
  if (actor.status === "unconfirmed" && !OPEN_BEFORE_EMAIL_VERIFICATION.has(permission)) return false;
  return Boolean(row?.[actor.role]);
}

type Outcome = { kind: "success" | "refused" | "invalid" | "notFound" | "redirect"; detail?: string };

/** A refused role, a signed-out or blocked caller, an unconfirmed address. */
const REFUSAL_MESSAGES = [
  "U heeft geen toegang tot deze gegevens.",
  "U bent niet ingelogd. Log in en probeer het opnieuw.",
  EMAIL_NOT_VERIFIED_MESSAGE,
];

async function call(discovered: DiscoveredAction, input: unknown): Promise<Outcome> {
  let result: unknown;
  lastLoggedError = undefined;
  try {
    result = await discovered.action(input);
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect" };
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return { kind: "notFound" };
    throw new Error(`unhandled exception (a 500): ${(error as Error).name}: ${(error as Error).message}`.slice(0, 500));
  }
  const answer = (result ?? {}) as { serverError?: unknown; validationErrors?: unknown };
  if (answer.serverError === GENERIC_ERROR_MESSAGE) throw new Error(`the generic server error (a 500), logged as ${JSON.stringify(lastLoggedError)}`);
  if (answer.serverError !== undefined) return { kind: "refused", detail: String(answer.serverError) };
  if (answer.validationErrors !== undefined) return { kind: "invalid" };
  return { kind: "success" };
}

/** Writes other than the allowed bookkeeping (throttle attempts, session touches). */
function dataWrites(writes: Map<string, number>): string[] {
  return [...writes.keys()].filter((key) => !WRITES_ALLOWED_WHEN_REFUSED.includes(key.split(":")[0] ?? ""));
}

function seedFor(id: string): number {
  let hash = SEED;
  for (const char of id) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

describe("every server action", () => {
  it("is covered: each exported action is built by our clients and listed with its permission", () => {
    const found = Object.fromEntries(actions.map((discovered) => [discovered.id, describeTag(discovered.tag)]));
    // A new action must be added to EXPECTED_ACTIONS (after checking the fuzz test reaches it), a removed one taken out.
    expect(found).toEqual(EXPECTED_ACTIONS);
    // "use server" inside a function (an inline action in a page) cannot be imported here: put it in an actions.ts.
    expect(findActionFiles(ROOT).inline).toEqual([]);
    for (const permission of Object.values(found)) {
      if (permission === "public" || permission === "signedIn") continue;
      expect(PERMISSIONS, permission).toHaveProperty([permission.replace(/^enrolment:/, "")]);
    }
  });
});

describe.each(actions.map((discovered) => [discovered.id, discovered] as const))("%s", (_id, discovered) => {
  it("never answers a 500 and never writes when it refuses, as any role, with hostile input", async () => {
    await resetActors(discovered.tag?.client === "enrolment");
    const inputs = hostileInputFor(discovered.tag?.schema, pools);
    /** Submission key → the caller whose call with it succeeded first (the same key again, by anyone, writes nothing). */
    const usedKeys = new Map<string, string>();
    for (const actor of actors) {
      session.claims = claimsOf(actor);
      const allowed = passesRoleCheck(discovered, actor);
      const property = fc.asyncProperty(inputs, async (input) => {
        await drainWrites();
        const context = `${actor.label}, input ${brief(input)}`;
        const outcome = await call(discovered, input).catch((error: Error) => {
          throw new Error(`${context}: ${error.message}`);
        });
        const writes = await drainWrites();
        tally.calls += 1;
        if (allowed) tally.allowed[outcome.kind] += 1;
        // Input no form sends (a NUL, a lone surrogate) is answered next to its field before the session is read,
        // for anyone alike: that reveals nothing about the caller's rights or the record.
        if (!allowed && discovered.tag?.client !== "public" && fieldsWithUnstorableText(input) === null) {
          expect(outcome.kind, context).toBe("refused");
          expect(REFUSAL_MESSAGES, context).toContain(outcome.detail);
        }
        if (!allowed && outcome.kind !== "refused") expect(outcome.kind, context).toBe("invalid");
        if (outcome.kind !== "success" && outcome.kind !== "redirect") {
          expect(dataWrites(writes), `${context} was ${outcome.kind} but wrote`).toEqual([]);
        }
        const key = (input as { submissionKey?: unknown } | null)?.submissionKey;
        if (outcome.kind === "success" && typeof key === "string") {
          const firstUse = usedKeys.get(key);
          if (firstUse) expect(dataWrites(writes), `${context}: submission key first used by ${firstUse} wrote again`).toEqual([]);
          else usedKeys.set(key, actor.label);
          tally.replays += 1;
          await call(discovered, input);
          expect(dataWrites(await drainWrites()), `${context}: the replayed submission key wrote again`).toEqual([]);
        }
      });
      await fc.assert(property, { seed: seedFor(`${discovered.id}/${actor.label}`), numRuns: allowed ? RUNS : REFUSED_RUNS, endOnFailure: true });
    }
  });
});
