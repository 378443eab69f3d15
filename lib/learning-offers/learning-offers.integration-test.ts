import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { createLearningOffer } from "./create-learning-offer";
import { findLearningOffers } from "./find-learning-offers";
import { findPublicLearningOffers } from "./find-public-learning-offers";
import { createLearningOfferSchema } from "./schemas";
import { setLearningOfferActive } from "./set-learning-offer-active";
import { updateLearningOffer } from "./update-learning-offer";

const TODAY = "2026-06-01";

const offerInput = (overrides: Record<string, unknown> = {}) => ({
  title: "BBL Logistiek medewerker",
  kind: "BBL_PLACE",
  provider: "MBO College Hilversum",
  description: "Leerbaan in een magazijn, inclusief heftruckcertificaat.",
  startDates: "1-9-2026\n2026-02-01",
  url: "https://www.example.nl/bbl-logistiek",
  active: true,
  ...overrides,
});

async function admin() {
  return actorFor(await createUser({ role: "ADMIN" }));
}

describe("managing learning offers (J5)", () => {
  it("lets ADMIN create, edit and deactivate an offer", async () => {
    const actor = await admin();
    const { id } = await createLearningOffer({ actor, input: offerInput() });
    const stored = await prisma.learningOffer.findUniqueOrThrow({ where: { id } });
    expect(stored.startDates.map((d) => d.toISOString().slice(0, 10))).toEqual(["2026-02-01", "2026-09-01"]);
    expect(stored.url).toBe("https://www.example.nl/bbl-logistiek");

    await updateLearningOffer({ actor, input: { ...offerInput({ title: "BBL Logistiek (niveau 2)", url: "" }), offerId: id } });
    expect(await prisma.learningOffer.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "BBL Logistiek (niveau 2)", url: null });
    await setLearningOfferActive({ actor, input: { offerId: id, active: false } });
    expect((await prisma.learningOffer.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    expect((await findLearningOffers(actor)).map((o) => o.id)).toContain(id);
  });

  it("refuses everyone but ADMIN", async () => {
    const { id } = await createLearningOffer({ actor: await admin(), input: offerInput() });
    const before = await prisma.learningOffer.count();
    const { employerActor, ownerActor } = await createEmployerWithOwner();
    for (const actor of [
      employerActor,
      ownerActor,
      actorFor(await createMediator()),
      actorFor(await createUser({ role: "REGIONAL_STAFF" })),
      actorFor((await createJobseeker()).user),
    ]) {
      await expect(createLearningOffer({ actor, input: offerInput() })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateLearningOffer({ actor, input: { ...offerInput(), offerId: id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setLearningOfferActive({ actor, input: { offerId: id, active: false } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findLearningOffers(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.learningOffer.count()).toBe(before);
    expect((await prisma.learningOffer.findUniqueOrThrow({ where: { id } })).active).toBe(true);
  });

  it("refuses bad input with Dutch messages and stores nothing", async () => {
    const actor = await admin();
    const before = await prisma.learningOffer.count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: "" }, "title", "Vul een titel in."],
      [{ kind: "CURSUS" }, "kind", "Kies een soort leeraanbod uit de lijst."],
      [{ provider: " " }, "provider", "Vul de aanbieder in."],
      [{ url: "http://www.example.nl" }, "url", "Vul een volledig webadres in dat begint met https://, of laat het veld leeg."],
      [{ url: "javascript:alert(1)" }, "url", "Vul een volledig webadres in dat begint met https://, of laat het veld leeg."],
      [{ startDates: "1-9-2026\n31-02-2027" }, "startDates", '"31-02-2027" is geen bestaande datum. Schrijf elke datum als 1-9-2026, één per regel.'],
      [{ description: "<script>" }, "description", "Gebruik geen HTML-tekens zoals < en >."],
    ];
    for (const [overrides, field, message] of cases) {
      const input = offerInput(overrides);
      expect(createLearningOfferSchema.safeParse(input).error?.flatten().fieldErrors[field as "title"]?.[0]).toBe(message);
      await expect(createLearningOffer({ actor, input })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await prisma.learningOffer.count()).toBe(before);
  });
});

describe("the public list (J5)", () => {
  it("shows only active offers with their future start dates, soonest first, filtered by kind and text", async () => {
    await prisma.learningOffer.deleteMany();
    const actor = await admin();
    const make = async (title: string, startDates: string, extra: Record<string, unknown> = {}) =>
      (await createLearningOffer({ actor, input: offerInput({ title, startDates, ...extra }) })).id;
    await make("Later", "1-3-2027");
    await make("Soon", "15-5-2026\n15-6-2026\n1-1-2027");
    await make("Today", "1-6-2026", { kind: "DEVELOPMENT_PATH", provider: "Leerwerkloket" });
    await make("Always", "", { kind: "LEARN_WORK_TRAJECTORY" });
    await make("Past", "1-1-2026");
    await make("Inactive", "1-9-2026", { active: false });

    const all = await findPublicLearningOffers({}, TODAY);
    expect(all.map((o) => o.title)).toEqual(["Today", "Soon", "Later", "Always"]);
    expect(all.find((o) => o.title === "Soon")!.upcomingStartDates).toEqual(["2026-06-15", "2027-01-01"]);
    expect(all.find((o) => o.title === "Always")!.upcomingStartDates).toEqual([]);

    expect((await findPublicLearningOffers({ soort: "DEVELOPMENT_PATH" }, TODAY)).map((o) => o.title)).toEqual(["Today"]);
    expect((await findPublicLearningOffers({ q: "leerwerkLOKET" }, TODAY)).map((o) => o.title)).toEqual(["Today"]);
    expect(await findPublicLearningOffers({ q: "bestaat niet" }, TODAY)).toEqual([]);
  });
});
