import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ensurePartner } from "@/tests/factories/candidates";
import { ensurePartnerTeam, ensureRoutingRules } from "@/tests/factories/help-requests";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { createRoutingRule } from "./create-routing-rule";
import { findRoutingPartners } from "./find-routing-partners";
import { findRoutingRules } from "./find-routing-rules";
import { getRoutingRule } from "./get-routing-rule";
import { updateRoutingRule } from "./update-routing-rule";

const admin = async () => actorFor(await createUser({ role: "ADMIN" }));

const ruleInput = async (overrides: Record<string, unknown> = {}) => ({
  question: "OTHER_WORK",
  partnerOrganisationId: (await ensurePartner("RMT")).id,
  team: "Regionaal Mobiliteitsteam – spoed",
  priority: "10",
  maxAge: "",
  normWorkingDays: "3",
  active: true,
  ...overrides,
});

describe("routing rules as data, managed by ADMIN (J1)", () => {
  it("lists the seeded rules in question order, with their partner, and no gaps", async () => {
    await ensureRoutingRules();
    const overview = await findRoutingRules(await admin());
    expect(overview.rules).toHaveLength(12);
    expect(overview.rules[0]).toMatchObject({ question: "FIND_WORK", priority: 50, maxAge: 26, partner: "Partner DOORSTROOMPUNT", active: true, normWorkingDays: 5 });
    expect(overview.gaps).toEqual([]);
    expect((await findRoutingPartners(await admin())).map((p) => p.name)).toContain("Partner RMT");
  });

  it("adds a rule and edits team, partner, priority, maxAge, norm and active; the overview shows a gap when one appears", async () => {
    await ensureRoutingRules();
    const actor = await admin();
    await ensurePartnerTeam((await ensurePartner("RMT")).id, "Regionaal Mobiliteitsteam – spoed");
    await ensurePartnerTeam((await ensurePartner("UWV")).id, "UWV – nieuw team");
    const { id } = await createRoutingRule({ actor, input: await ruleInput() });
    expect(await getRoutingRule(actor, id)).toMatchObject({ question: "OTHER_WORK", team: "Regionaal Mobiliteitsteam – spoed", priority: 10, maxAge: null, normWorkingDays: 3, active: true });

    const uwv = await ensurePartner("UWV");
    await updateRoutingRule({ actor, input: await ruleInput({ id, partnerOrganisationId: uwv.id, team: "UWV – nieuw team", priority: "20", maxAge: "30", normWorkingDays: "10", active: false }) });
    expect(await prisma.routingRule.findUniqueOrThrow({ where: { id } })).toMatchObject({
      partnerOrganisationId: uwv.id,
      team: "UWV – nieuw team",
      priority: 20,
      maxAge: 30,
      normWorkingDays: 10,
      active: false,
    });

    await prisma.routingRule.updateMany({ where: { question: "BENEFIT_WIA" }, data: { active: false } });
    expect((await findRoutingRules(actor)).gaps).toEqual(["BENEFIT_WIA"]);
  });

  it("refuses bad input in Dutch and stores nothing", async () => {
    await ensureRoutingRules();
    const actor = await admin();
    await ensurePartnerTeam((await ensurePartner("RMT")).id, "Regionaal Mobiliteitsteam – spoed");
    const count = await prisma.routingRule.count();
    const bad = [
      { question: "IETS" },
      { team: "" },
      { team: "<script>x</script>" },
      { priority: "0" },
      { priority: "1,5" },
      { maxAge: "7" },
      { normWorkingDays: "0" },
      { normWorkingDays: "31" },
      { partnerOrganisationId: "" },
    ];
    for (const overrides of bad) {
      await expect(createRoutingRule({ actor, input: await ruleInput(overrides) }), JSON.stringify(overrides)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    await expect(createRoutingRule({ actor, input: await ruleInput({ partnerOrganisationId: "onbekend" }) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "partnerOrganisationId",
      userMessage: "Kies een partnerorganisatie uit de lijst.",
    });
    await expect(createRoutingRule({ actor, input: await ruleInput({ team: "Een team dat niet bestaat" }) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "team",
      userMessage: "Kies een team van deze partnerorganisatie.",
    });
    expect(await prisma.routingRule.count()).toBe(count);
    await expect(updateRoutingRule({ actor, input: await ruleInput({ id: "bestaat-niet" }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getRoutingRule(actor, "bestaat-niet")).toBeNull();
  });

  it("refuses every other role", async () => {
    await ensureRoutingRules();
    const rule = await prisma.routingRule.findFirstOrThrow();
    const before = await prisma.routingRule.findUniqueOrThrow({ where: { id: rule.id } });
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(findRoutingRules(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getRoutingRule(actor, rule.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findRoutingPartners(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createRoutingRule({ actor, input: await ruleInput() })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateRoutingRule({ actor, input: await ruleInput({ id: rule.id }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.routingRule.findUniqueOrThrow({ where: { id: rule.id } })).toEqual(before);
  });
});
