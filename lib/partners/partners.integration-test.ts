import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createRoutingRule } from "@/lib/help-requests/create-routing-rule";
import { findRoutingPartners } from "@/lib/help-requests/find-routing-partners";
import { createCandidate, ensurePartner } from "@/tests/factories/candidates";
import { createHelpRequest, ensurePartnerTeam, ensureRoutingRules } from "@/tests/factories/help-requests";
import { actorFor } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";
import { createPartner } from "./create-partner";
import { createPartnerTeam } from "./create-partner-team";
import { findPartners } from "./find-partners";
import { getPartner } from "./get-partner";
import { renamePartnerTeam } from "./rename-partner-team";
import { setPartnerActive } from "./set-partner-active";
import { updatePartner } from "./update-partner";

const admin = async () => actorFor(await createUser({ role: "ADMIN" }));
const freshCode = () => `P${uniqueSuffix().replace(/[^A-Za-z0-9]/g, "").slice(-10).toUpperCase()}`;
const auditsOf = (entityId: string) => prisma.auditLog.findMany({ where: { entityId }, select: { action: true, actorRole: true }, orderBy: { id: "asc" } });

describe("partner organisations (ADMIN, issue 14 O4)", () => {
  it("adds, edits and lists a partner, audited; the code is unique and upper case", async () => {
    const actor = await admin();
    const code = freshCode();
    const { id } = await createPartner({ actor, input: { code: code.toLowerCase(), name: "Stichting Werkpad", kind: "social-enterprise", note: "" } });
    expect(await getPartner({ actor, id })).toMatchObject({ code, name: "Stichting Werkpad", kind: "social-enterprise", note: null, active: true, teams: [] });
    await expect(createPartner({ actor, input: { code, name: "Dubbel", kind: "public" } })).rejects.toMatchObject({ field: "code", code: "INVALID_INPUT" });

    await updatePartner({ actor, input: { id, name: "Stichting Werkpad Gooi", kind: "network", note: "Voor statushouders" } });
    expect(await getPartner({ actor, id })).toMatchObject({ code, name: "Stichting Werkpad Gooi", kind: "network", note: "Voor statushouders" });
    expect((await findPartners(actor)).find((partner) => partner.id === id)).toMatchObject({ teams: 0, activeUsers: 0, activeRoutingRules: 0 });
    expect(await auditsOf(id)).toEqual([
      { action: "partner.create", actorRole: "ADMIN" },
      { action: "partner.update", actorRole: "ADMIN" },
    ]);
  });

  it("refuses bad input and unknown ids without a 500", async () => {
    const actor = await admin();
    for (const input of [{ code: "x", name: "Naam", kind: "public" }, { code: "GOED", name: "<b>", kind: "public" }, { code: "GOED2", name: "Naam", kind: "onbekend" }]) {
      await expect(createPartner({ actor, input }), JSON.stringify(input)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    await expect(updatePartner({ actor, input: { id: "bestaat-niet", name: "Naam", kind: "public" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const id of ["bestaat-niet", "", "x".repeat(500), 42, null]) await expect(getPartner({ actor, id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setPartnerActive({ actor, input: { id: "bestaat-niet", active: false } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses to deactivate while active routing rules, active users or valid API keys depend on it, naming them", async () => {
    await ensureRoutingRules();
    const actor = await admin();
    const uwv = await ensurePartner("UWV");
    await createUser({ role: "JOB_MEDIATOR", partnerOrganisationId: uwv.id });
    await prisma.partnerApiToken.create({ data: { partnerOrganisationId: uwv.id, name: "Koppeling", tokenHash: `hash-${uniqueSuffix()}`, scopes: [] } });
    const refusal = setPartnerActive({ actor, input: { id: uwv.id, active: false } });
    await expect(refusal).rejects.toMatchObject({ code: "CONFLICT" });
    const message = (await refusal.catch((error: { userMessage: string }) => error.userMessage)) as string;
    expect(message).toMatch(/^Deze partnerorganisatie kan niet worden gedeactiveerd\. Nog in gebruik door: \d+ actieve routeringsregels?, 1 actieve gebruiker, 1 geldige API-sleutel\.$/);
    expect((await prisma.partnerOrganisation.findUniqueOrThrow({ where: { id: uwv.id } })).active).toBe(true);

    const gemeente = await ensurePartner("GEMEENTE");
    await expect(setPartnerActive({ actor, input: { id: gemeente.id, active: false } })).rejects.toMatchObject({ code: "CONFLICT", userMessage: expect.stringMatching(/routering/) });
  });

  it("deactivates a partner nothing depends on: it leaves the routing form and new rules, keeps its old records, and comes back", async () => {
    const actor = await admin();
    const { id } = await createPartner({ actor, input: { code: freshCode(), name: "Tijdelijk Project", kind: "network" } });
    await ensurePartnerTeam(id, "Projectteam");
    const candidate = await createCandidate();
    const partner = await prisma.partnerOrganisation.findUniqueOrThrow({ where: { id } });
    await createHelpRequest({ candidateId: candidate.id, partnerCode: partner.code, team: "Projectteam", status: "ACCEPTED" });
    await createUser({ role: "JOB_MEDIATOR", partnerOrganisationId: id, disabledAt: new Date() });

    expect(await setPartnerActive({ actor, input: { id, active: false } })).toEqual({ id, active: false });
    expect((await findRoutingPartners(actor)).map((p) => p.id)).not.toContain(id);
    expect((await findRoutingPartners(actor, id)).find((p) => p.id === id)).toMatchObject({ teams: ["Projectteam"] });
    const rule = { question: "OTHER_WORK", partnerOrganisationId: id, team: "Projectteam", priority: "10", maxAge: "", normWorkingDays: "5", active: true };
    await expect(createRoutingRule({ actor, input: rule })).rejects.toMatchObject({ field: "partnerOrganisationId" });
    expect(await prisma.helpRequest.count({ where: { partnerOrganisationId: id } })).toBe(1);

    await setPartnerActive({ actor, input: { id, active: true } });
    await createRoutingRule({ actor, input: rule });
    expect((await auditsOf(id)).map((entry) => entry.action)).toEqual(["partner.create", "partner.deactivate", "partner.activate"]);
  });
});

describe("teams of a partner", () => {
  it("adds a team (unique per partner) that a routing rule can then name; a team of another partner is refused", async () => {
    const actor = await admin();
    const rmt = await ensurePartner("RMT");
    const uwv = await ensurePartner("UWV");
    const name = `Team ${uniqueSuffix()}`;
    const { id: teamId } = await createPartnerTeam({ actor, input: { partnerOrganisationId: rmt.id, name } });
    await expect(createPartnerTeam({ actor, input: { partnerOrganisationId: rmt.id, name } })).rejects.toMatchObject({ field: "name", userMessage: "Deze organisatie heeft al een team met deze naam." });
    await expect(createPartnerTeam({ actor, input: { partnerOrganisationId: "bestaat-niet", name } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditsOf(teamId)).toEqual([{ action: "partnerTeam.create", actorRole: "ADMIN" }]);

    const rule = { question: "OTHER_WORK", team: name, priority: "10", maxAge: "", normWorkingDays: "5", active: true };
    await createRoutingRule({ actor, input: { ...rule, partnerOrganisationId: rmt.id } });
    await expect(createRoutingRule({ actor, input: { ...rule, partnerOrganisationId: uwv.id } })).rejects.toMatchObject({ field: "team" });
  });

  it("a rename updates the team's routing rules and its waiting requests in one go; picked-up requests keep the old name", async () => {
    const actor = await admin();
    const partner = await ensurePartner("LEERWERKLOKET");
    const oldName = `Leerwerkloket – team ${uniqueSuffix()}`;
    const team = await ensurePartnerTeam(partner.id, oldName);
    const rule = { question: "LEARNING_CAREER", partnerOrganisationId: partner.id, team: oldName, priority: "10", maxAge: "", normWorkingDays: "5", active: true };
    const { id: ruleId } = await createRoutingRule({ actor, input: rule });
    const candidate = await createCandidate();
    const waiting = await createHelpRequest({ candidateId: candidate.id, partnerCode: "LEERWERKLOKET", team: oldName, status: "ROUTED" });
    const done = await createHelpRequest({ candidateId: candidate.id, partnerCode: "LEERWERKLOKET", team: oldName, status: "ACCEPTED" });

    const newName = `${oldName} (nieuw)`;
    expect(await renamePartnerTeam({ actor, input: { teamId: team.id, name: newName } })).toEqual({ id: team.id, routingRules: 1, openRequests: 1 });
    expect((await prisma.routingRule.findUniqueOrThrow({ where: { id: ruleId } })).team).toBe(newName);
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: waiting.id } })).team).toBe(newName);
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: done.id } })).team).toBe(oldName);
    expect((await getPartner({ actor, id: partner.id })).teams.find((t) => t.id === team.id)).toMatchObject({ name: newName, routingRules: 1, activeRoutingRules: 1 });
    expect(await auditsOf(team.id)).toEqual([{ action: "partnerTeam.rename", actorRole: "ADMIN" }]);

    // A clash with another team of the partner changes nothing.
    const other = await ensurePartnerTeam(partner.id, `Ander team ${uniqueSuffix()}`);
    await expect(renamePartnerTeam({ actor, input: { teamId: other.id, name: newName } })).rejects.toMatchObject({ field: "name" });
    expect((await prisma.partnerTeam.findUniqueOrThrow({ where: { id: other.id } })).name).toBe(other.name);
    await expect(renamePartnerTeam({ actor, input: { teamId: "bestaat-niet", name: "Iets" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(renamePartnerTeam({ actor, input: { teamId: team.id, name: "" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("every other role is refused", () => {
  it("refuses every read and change, and changes nothing", async () => {
    const partner = await ensurePartner("RMT");
    const team = await ensurePartnerTeam(partner.id, `Weigerteam ${uniqueSuffix()}`);
    const before = await prisma.partnerOrganisation.findUniqueOrThrow({ where: { id: partner.id } });
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(findPartners(actor), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getPartner({ actor, id: partner.id }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createPartner({ actor, input: { code: freshCode(), name: "Naam", kind: "public" } }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updatePartner({ actor, input: { id: partner.id, name: "Gewijzigd", kind: "public" } }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setPartnerActive({ actor, input: { id: partner.id, active: false } }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createPartnerTeam({ actor, input: { partnerOrganisationId: partner.id, name: "Nieuw team" } }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(renamePartnerTeam({ actor, input: { teamId: team.id, name: "Hernoemd" } }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.partnerOrganisation.findUniqueOrThrow({ where: { id: partner.id } })).toEqual(before);
    expect((await prisma.partnerTeam.findUniqueOrThrow({ where: { id: team.id } })).name).toBe(team.name);
  });
});
