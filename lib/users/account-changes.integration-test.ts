import { describe, expect, it } from "vitest";
import { resolveActor, type SessionClaims } from "@/lib/auth/resolve-actor";
import { startUserSession } from "@/lib/auth/start-user-session";
import { prisma } from "@/lib/db";
import { ensurePartner } from "@/tests/factories/candidates";
import { createWorkArea } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createAdmin, newAccountInput } from "@/tests/factories/user-accounts";
import { createUser } from "@/tests/factories/users";
import { createProfessionalAccount } from "./create-professional-account";
import { findUsers } from "./find-users";
import { getUserForAdmin } from "./get-user-for-admin";
import { LAST_ADMIN_MESSAGE, OWN_ACCOUNT_DISABLE_MESSAGE, OWN_ROLE_MESSAGE } from "./messages";
import { parseUserSearch } from "./schemas";
import { setUserDisabled } from "./set-user-disabled";
import { updateProfessionalAccount } from "./update-professional-account";

const OTHER_ROLES = ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const;

/** A signed-in session of the user, as the cookie's claims name it. */
async function signedIn(user: { id: string; sessionVersion: number }): Promise<SessionClaims> {
  return { userId: user.id, sessionVersion: user.sessionVersion, sessionId: await startUserSession(user.id) };
}

const changes = (userId: string, overrides: Record<string, unknown> = {}) => ({
  userId,
  role: "JOB_MEDIATOR",
  partnerOrganisationId: "",
  workAreaIds: [],
  focusAreas: [],
  phone: "",
  ...overrides,
});

describe("changing a professional's account", () => {
  it("changes work areas, focus areas and phone without ending sessions; audited", async () => {
    const { actor } = await createAdmin();
    const user = await createUser({ role: "JOB_MEDIATOR" });
    const claims = await signedIn(user);
    const area = await createWorkArea();
    const result = await updateProfessionalAccount({ actor, input: changes(user.id, { workAreaIds: [area.id], focusAreas: ["Techniek"], phone: "06 12345678" }) });
    expect(result).toEqual({ userId: user.id, sessionsEnded: false });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { workAreas: true } })).toMatchObject({
      focusAreas: ["Techniek"],
      phone: "06 12345678",
      workAreas: [{ workAreaId: area.id }],
    });
    expect(await resolveActor(claims)).toMatchObject({ userId: user.id });
    expect(await prisma.auditLog.count({ where: { action: "user.update", entityId: user.id } })).toBe(1);
  });

  it("ends all sessions at once on a change of role or of partner organisation", async () => {
    const { actor } = await createAdmin();
    const user = await createUser({ role: "JOB_MEDIATOR" });
    const sessions = [await signedIn(user), await signedIn(user)];
    expect(await updateProfessionalAccount({ actor, input: changes(user.id, { role: "ACCOUNT_MANAGER" }) })).toMatchObject({ sessionsEnded: true });
    for (const claims of sessions) expect(await resolveActor(claims)).toBeNull();

    const fresh = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const claims = await signedIn(fresh);
    const partner = await ensurePartner("UWV");
    expect(await updateProfessionalAccount({ actor, input: changes(user.id, { role: "ACCOUNT_MANAGER", partnerOrganisationId: partner.id }) })).toMatchObject({ sessionsEnded: true });
    expect(await resolveActor(claims)).toBeNull();
    expect(await prisma.auditLog.findMany({ where: { entityId: user.id }, select: { purpose: true } })).toEqual(
      expect.arrayContaining([expect.objectContaining({ purpose: expect.stringMatching(/rol.*sessies beëindigd/) })]),
    );
  });

  it("refuses a change of one's own role, but lets an ADMIN keep their own other details", async () => {
    const { user, actor } = await createAdmin();
    await createAdmin();
    await expect(updateProfessionalAccount({ actor, input: changes(user.id, { role: "JOB_MEDIATOR" }) })).rejects.toMatchObject({ field: "role", userMessage: OWN_ROLE_MESSAGE });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    await updateProfessionalAccount({ actor, input: changes(user.id, { role: "ADMIN", phone: "035 000 00 00" }) });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBe("035 000 00 00");
  });

  it("refuses unknown references, invalid input, residents' and employers' accounts, and every other role", async () => {
    const { actor } = await createAdmin();
    const user = await createUser({ role: "JOB_MEDIATOR" });
    await expect(updateProfessionalAccount({ actor, input: changes(user.id, { workAreaIds: ["nee"] }) })).rejects.toMatchObject({ field: "workAreaIds" });
    await expect(updateProfessionalAccount({ actor, input: changes(user.id, { role: "EMPLOYER" }) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const resident = await createUser({ role: "JOBSEEKER" });
    await expect(updateProfessionalAccount({ actor, input: changes(resident.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setUserDisabled({ actor, input: { userId: resident.id, disabled: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const role of OTHER_ROLES) {
      const other = actorFor(await createUser({ role }));
      await expect(updateProfessionalAccount({ actor: other, input: changes(user.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setUserDisabled({ actor: other, input: { userId: user.id, disabled: true } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getUserForAdmin({ actor: other, userId: user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findUsers({ actor: other, search: parseUserSearch({}) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
  });
});

describe("blocking and unblocking", () => {
  it("blocks: the old session is refused at once; unblocking lets the user sign in again; each audited once", async () => {
    const { actor } = await createAdmin();
    const user = await createUser({ role: "ACCOUNT_MANAGER" });
    const claims = await signedIn(user);
    expect(await resolveActor(claims)).not.toBeNull();

    expect(await setUserDisabled({ actor, input: { userId: user.id, disabled: true } })).toEqual({ userId: user.id, disabled: true, changed: true });
    expect(await resolveActor(claims)).toBeNull();
    // A second click changes nothing and is not audited again.
    expect(await setUserDisabled({ actor, input: { userId: user.id, disabled: true } })).toMatchObject({ changed: false });
    expect(await prisma.auditLog.count({ where: { action: "user.disable", entityId: user.id } })).toBe(1);
    expect(await getUserForAdmin({ actor, userId: user.id })).toMatchObject({ status: "geblokkeerd" });

    await setUserDisabled({ actor, input: { userId: user.id, disabled: false } });
    // The old session stays ended; a new sign-in works again.
    expect(await resolveActor(claims)).toBeNull();
    const fresh = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await resolveActor(await signedIn(fresh))).toMatchObject({ userId: user.id });
    expect(await prisma.auditLog.count({ where: { action: "user.enable", entityId: user.id } })).toBe(1);
  });

  it("refuses blocking oneself", async () => {
    const { user, actor } = await createAdmin();
    await createAdmin();
    await expect(setUserDisabled({ actor, input: { userId: user.id, disabled: true } })).rejects.toMatchObject({ code: "CONFLICT", userMessage: OWN_ACCOUNT_DISABLE_MESSAGE });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
  });
});

describe("the last active ADMIN", () => {
  /** A database of its own has no other admins; block every active ADMIN but the given ones first. */
  async function onlyAdmins(ids: string[]) {
    await prisma.user.updateMany({ where: { role: "ADMIN", disabledAt: null, id: { notIn: ids } }, data: { disabledAt: new Date() } });
  }

  it("cannot be blocked or lose the role; with a second active ADMIN it can", async () => {
    const a = await createAdmin();
    const b = await createAdmin();
    await onlyAdmins([a.user.id, b.user.id]);
    // b blocks a (allowed: b stays); then a is gone, and b is the last one.
    await setUserDisabled({ actor: b.actor, input: { userId: a.user.id, disabled: true } });
    const c = await createAdmin();
    await onlyAdmins([b.user.id, c.user.id]);
    await updateProfessionalAccount({ actor: c.actor, input: changes(b.user.id, { role: "REGIONAL_STAFF" }) });
    // c is now the only active ADMIN: a (blocked) admin cannot act, and no one may remove c.
    const outsider = await createAdmin();
    await onlyAdmins([c.user.id, outsider.user.id]);
    await setUserDisabled({ actor: c.actor, input: { userId: outsider.user.id, disabled: true } });
    await expect(updateProfessionalAccount({ actor: outsider.actor, input: changes(c.user.id, { role: "JOB_MEDIATOR" }) })).rejects.toMatchObject({
      field: "role",
      userMessage: LAST_ADMIN_MESSAGE,
    });
    await expect(setUserDisabled({ actor: outsider.actor, input: { userId: c.user.id, disabled: true } })).rejects.toMatchObject({ userMessage: LAST_ADMIN_MESSAGE });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: c.user.id } })).toMatchObject({ role: "ADMIN", disabledAt: null });
  });

  it("survives two admins removing each other at the same moment: exactly one change goes through", async () => {
    for (const remove of ["block", "demote"] as const) {
      const a = await createAdmin();
      const b = await createAdmin();
      await onlyAdmins([a.user.id, b.user.id]);
      const act = (actor: typeof a.actor, userId: string) =>
        remove === "block"
          ? setUserDisabled({ actor, input: { userId, disabled: true } })
          : updateProfessionalAccount({ actor, input: changes(userId, { role: "ACCOUNT_MANAGER" }) });
      const results = await Promise.allSettled([act(a.actor, b.user.id), act(b.actor, a.user.id)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.userMessage)).toEqual([LAST_ADMIN_MESSAGE]);
      expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    }
  });
});

describe("the list of users", () => {
  it("searches, filters on role, partner, status and last login, pages, and shows professionals only", async () => {
    const { actor } = await createAdmin();
    const partner = await ensurePartner("DOORSTROOMPUNT");
    const tag = `zoek${Date.now().toString(36)}`;
    const now = new Date();
    const active = await createUser({ role: "JOB_MEDIATOR", name: `Actief ${tag}`, partnerOrganisationId: partner.id });
    await prisma.user.update({ where: { id: active.id }, data: { lastLoginAt: new Date(now.getTime() - 2 * 86_400_000) } });
    const stale = await createUser({ role: "ACCOUNT_MANAGER", name: `Oud ${tag}` });
    await prisma.user.update({ where: { id: stale.id }, data: { lastLoginAt: new Date(now.getTime() - 100 * 86_400_000) } });
    const blocked = await createUser({ role: "REGIONAL_STAFF", name: `Blok ${tag}`, disabledAt: now });
    const { userId: invited } = await createProfessionalAccount({ actor, input: newAccountInput({ name: `Nieuw ${tag}` }) });
    await createUser({ role: "JOBSEEKER", name: `Inwoner ${tag}` });

    const ids = async (params: Record<string, string>) =>
      (await findUsers({ actor, search: parseUserSearch({ q: tag, ...params }) }, { now })).rows.map((row) => row.id).sort();
    expect(await ids({})).toEqual([active.id, stale.id, blocked.id, invited].sort());
    expect(await ids({ q: tag.toUpperCase() })).toHaveLength(4);
    expect(await ids({ rol: "JOB_MEDIATOR" })).toEqual([active.id, invited].sort());
    expect(await ids({ partner: partner.id })).toEqual([active.id]);
    expect(await ids({ status: "actief" })).toEqual([active.id, stale.id].sort());
    expect(await ids({ status: "geblokkeerd" })).toEqual([blocked.id]);
    expect(await ids({ status: "uitgenodigd" })).toEqual([invited]);
    expect(await ids({ login: "nooit" })).toEqual([blocked.id, invited].sort());
    expect(await ids({ login: "recent" })).toEqual([active.id]);
    expect(await ids({ login: "30-dagen" })).toEqual([stale.id]);
    expect(await ids({ login: "90-dagen" })).toEqual([stale.id]);
    const byEmail = await findUsers({ actor, search: parseUserSearch({ q: active.email }) });
    expect(byEmail.rows.map((row) => row.id)).toEqual([active.id]);
    expect(byEmail.rows[0]).toMatchObject({ status: "actief", partnerOrganisation: partner.name });
    expect(byEmail.rows[0]).not.toHaveProperty("passwordHash");
  });

  it("turns any query string into a valid search, never an error", async () => {
    const { actor } = await createAdmin();
    for (const params of [{ rol: "JOBSEEKER" }, { status: "kapot" }, { login: ["nooit", "x"] }, { partner: "'; DROP TABLE" }, { page: "-3" }, { page: "99999" }, { q: "x".repeat(5000) }]) {
      const result = await findUsers({ actor, search: parseUserSearch(params) });
      expect(result.page).toBeGreaterThanOrEqual(1);
      expect(result.page).toBeLessThanOrEqual(result.pageCount);
    }
    expect(parseUserSearch({ rol: "JOBSEEKER", status: "kapot", page: "abc" })).toMatchObject({ rol: undefined, status: undefined, page: 1 });
  });
});
