import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { prisma } from "@/lib/db";
import { createCandidate, createJobseeker, createMediator, ensurePartner } from "@/tests/factories/candidates";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { createVacancy } from "@/tests/factories/vacancies";
import { sharesWithPartnersWhere } from "./active-consent-where";
import { findMyConsents } from "./find-my-consents";
import { grantPartnerSharing } from "./grant-partner-sharing";
import { revokeConsent } from "./revoke-consent";

async function resident() {
  const mediator = await createMediator();
  const { user, candidate } = await createJobseeker({ ownerId: mediator.id });
  return { mediator, user, candidate, actor: actorFor(user) };
}

/** An employer the candidate consented to through a proposal for one of its vacancies. */
async function consentedEmployer(candidateId: string, mediatorId: string, title = "Verzorgende IG") {
  const employer = await createEmployerWithOwner();
  const vacancy = await createVacancy({ organisationId: employer.organisation.id, title });
  const proposal = await prisma.proposal.create({
    data: { vacancyId: vacancy.id, candidateId, proposedById: mediatorId, motivation: "Past goed.", status: "PROPOSED" },
  });
  const consent = await prisma.consent.create({
    data: { candidateId, purpose: "SHARE_WITH_EMPLOYER", organisationId: employer.organisation.id, proposalId: proposal.id, grantedAt: new Date() },
  });
  return { ...employer, vacancy, consent };
}

const partnerConsentOf = (candidateId: string) =>
  prisma.consent.findFirstOrThrow({ where: { candidateId, purpose: "SHARE_WITH_PARTNERS", revokedAt: null } });
const sharesWithPartners = async (candidateId: string) =>
  (await prisma.candidate.count({ where: { AND: [{ id: candidateId }, sharesWithPartnersWhere] } })) === 1;
const employerSees = async (employer: Actor, candidateId: string) =>
  (await prisma.candidate.count({ where: { AND: [{ id: candidateId }, candidateWhereFor(employer, "candidate.readPersonalData")] } })) === 1;

describe("findMyConsents", () => {
  it("shows partner sharing, each employer with its vacancy, and each partner on handover, with dates", async () => {
    const { mediator, candidate, actor } = await resident();
    const employer = await consentedEmployer(candidate.id, mediator.id, "Helpende zorg");
    await ensurePartner("LEERWERKLOKET", "Leerwerkloket Gooi en Vechtstreek");
    await prisma.consent.create({
      data: { candidateId: candidate.id, purpose: "SHARE_WITH_PARTNER_ON_HANDOVER", partnerOrganisationCode: "LEERWERKLOKET", grantedAt: new Date() },
    });

    const consents = await findMyConsents(actor);
    if (!consents.registered) throw new Error("expected a registered resident");
    expect(consents.partners).toMatchObject({ state: { kind: "granted" }, activeConsentId: (await partnerConsentOf(candidate.id)).id });
    expect(consents.employers).toMatchObject([
      { organisationName: employer.organisation.legalName, vacancyTitles: ["Helpende zorg"], state: { kind: "granted" }, activeConsentId: employer.consent.id },
    ]);
    expect(consents.handovers).toMatchObject([{ organisationName: "Leerwerkloket Gooi en Vechtstreek", state: { kind: "granted" } }]);
  });

  it("says 'not registered' to a resident without a candidate record, and never shows another resident's consents", async () => {
    const loose = await createUser({ role: "JOBSEEKER" });
    expect(await findMyConsents(actorFor(loose))).toEqual({ registered: false });

    const me = await resident();
    const other = await resident();
    await consentedEmployer(other.candidate.id, other.mediator.id);
    const mine = await findMyConsents(me.actor);
    expect(mine.registered && mine.employers).toEqual([]);
  });

  it("refuses professionals, employers and admins", async () => {
    const { owner, employerActor } = await createEmployerWithOwner();
    for (const actor of [actorFor(await createMediator()), actorFor(owner), employerActor, actorFor(await createUser({ role: "ADMIN" }))]) {
      await expect(findMyConsents(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("revoking and granting partner sharing", () => {
  it("stops matching at once, bumps matchVersion, and a new grant is a new history row", async () => {
    const { candidate, actor } = await resident();
    const consent = await partnerConsentOf(candidate.id);
    const versionBefore = (await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).matchVersion;
    expect(await sharesWithPartners(candidate.id)).toBe(true);

    const revoked = await revokeConsent({ actor, input: { consentId: consent.id } });
    expect(revoked.changed).toBe(true);
    expect(await sharesWithPartners(candidate.id)).toBe(false);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).matchVersion).not.toBe(versionBefore);
    expect(await prisma.consent.findUniqueOrThrow({ where: { id: consent.id } })).toMatchObject({ revokedAt: revoked.revokedAt });

    const granted = await grantPartnerSharing({ actor, input: {} });
    expect(granted.changed).toBe(true);
    expect(await sharesWithPartners(candidate.id)).toBe(true);
    const rows = await prisma.consent.findMany({ where: { candidateId: candidate.id, purpose: "SHARE_WITH_PARTNERS" }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: consent.id, revokedAt: revoked.revokedAt });
    expect(rows[1]).toMatchObject({ grantedAt: granted.grantedAt, revokedAt: null });

    const consents = await findMyConsents(actor);
    expect(consents.registered && consents.partners.history.map((event) => event.kind)).toEqual(["granted", "revoked", "granted"]);
  });

  it("makes a double click one change, also when both requests arrive at once", async () => {
    const { candidate, actor } = await resident();
    const consent = await partnerConsentOf(candidate.id);
    const revokes = await Promise.all([revokeConsent({ actor, input: { consentId: consent.id } }), revokeConsent({ actor, input: { consentId: consent.id } })]);
    expect(revokes.map((result) => result.changed).sort()).toEqual([false, true]);
    const revokedAt = (await prisma.consent.findUniqueOrThrow({ where: { id: consent.id } })).revokedAt;
    expect(revokes.every((result) => result.revokedAt?.getTime() === revokedAt?.getTime())).toBe(true);

    const grants = await Promise.all([grantPartnerSharing({ actor, input: {} }), grantPartnerSharing({ actor, input: {} })]);
    expect(grants.map((result) => result.changed).sort()).toEqual([false, true]);
    expect(await prisma.consent.count({ where: { candidateId: candidate.id, purpose: "SHARE_WITH_PARTNERS", revokedAt: null } })).toBe(1);
    expect((await grantPartnerSharing({ actor, input: {} })).changed).toBe(false);
  });

  it("revokes every active duplicate, so no older row keeps sharing on", async () => {
    const { candidate, actor } = await resident();
    await prisma.consent.create({ data: { candidateId: candidate.id, purpose: "SHARE_WITH_PARTNERS", grantedAt: new Date() } });
    const [first] = await prisma.consent.findMany({ where: { candidateId: candidate.id }, orderBy: { createdAt: "asc" } });
    await revokeConsent({ actor, input: { consentId: first!.id } });
    expect(await prisma.consent.count({ where: { candidateId: candidate.id, revokedAt: null } })).toBe(0);
    expect(await sharesWithPartners(candidate.id)).toBe(false);
  });

  it("answers NOT_FOUND for another resident's consent and changes nothing", async () => {
    const me = await resident();
    const other = await resident();
    const theirs = await partnerConsentOf(other.candidate.id);
    await expect(revokeConsent({ actor: me.actor, input: { consentId: theirs.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeConsent({ actor: me.actor, input: { consentId: "bestaat-niet" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.consent.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ revokedAt: null });
    expect(await sharesWithPartners(other.candidate.id)).toBe(true);
  });

  it("refuses professionals, employers and admins, even the candidate's own bemiddelaar", async () => {
    const { mediator, candidate } = await resident();
    const consent = await partnerConsentOf(candidate.id);
    const { owner, employerActor } = await createEmployerWithOwner();
    for (const actor of [actorFor(mediator), actorFor(owner), employerActor, actorFor(await createUser({ role: "ADMIN" }))]) {
      await expect(revokeConsent({ actor, input: { consentId: consent.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(grantPartnerSharing({ actor, input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.consent.count({ where: { candidateId: candidate.id } })).toBe(1);
    expect(await sharesWithPartners(candidate.id)).toBe(true);
  });

  it("answers NOT_FOUND to a resident without a candidate record and to an anonymised one", async () => {
    const loose = await createUser({ role: "JOBSEEKER" });
    await expect(grantPartnerSharing({ actor: actorFor(loose), input: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const { candidate, actor } = await resident();
    const consent = await partnerConsentOf(candidate.id);
    await prisma.candidate.update({ where: { id: candidate.id }, data: { anonymisedAt: new Date() } });
    await expect(revokeConsent({ actor, input: { consentId: consent.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(grantPartnerSharing({ actor, input: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stores nothing for bad input", async () => {
    const { candidate, actor } = await resident();
    for (const input of [{}, { consentId: "" }, { consentId: "x".repeat(41) }, { consentId: 42 }, null]) {
      await expect(revokeConsent({ actor, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(grantPartnerSharing({ actor, input: "ja" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.consent.findMany({ where: { candidateId: candidate.id } })).toMatchObject([{ revokedAt: null }]);
  });
});

describe("revoking a consent for an employer", () => {
  it("hides the candidate from that employer at once (candidateWhereFor), and only from that employer", async () => {
    const { mediator, candidate, actor } = await resident();
    const first = await consentedEmployer(candidate.id, mediator.id);
    const second = await consentedEmployer(candidate.id, mediator.id);
    expect(await employerSees(first.employerActor, candidate.id)).toBe(true);
    expect(await employerSees(second.employerActor, candidate.id)).toBe(true);

    await revokeConsent({ actor, input: { consentId: first.consent.id } });
    expect(await employerSees(first.employerActor, candidate.id)).toBe(false);
    expect(await employerSees(second.employerActor, candidate.id)).toBe(true);
    expect(await sharesWithPartners(candidate.id)).toBe(true);

    const consents = await findMyConsents(actor);
    if (!consents.registered) throw new Error("expected a registered resident");
    const shown = new Map(consents.employers.map((subject) => [subject.organisationName, subject.state.kind]));
    expect(shown.get(first.organisation.legalName)).toBe("revoked");
    expect(shown.get(second.organisation.legalName)).toBe("granted");
  });

  it("revokes every active consent for that employer (two proposals), leaving none that still shares", async () => {
    const { mediator, candidate, actor } = await resident();
    const employer = await consentedEmployer(candidate.id, mediator.id, "Kok");
    const vacancy = await createVacancy({ organisationId: employer.organisation.id, title: "Afwasser" });
    const proposal = await prisma.proposal.create({ data: { vacancyId: vacancy.id, candidateId: candidate.id, proposedById: mediator.id, motivation: "Ook passend." } });
    await prisma.consent.create({
      data: { candidateId: candidate.id, purpose: "SHARE_WITH_EMPLOYER", organisationId: employer.organisation.id, proposalId: proposal.id, grantedAt: new Date() },
    });
    const before = await findMyConsents(actor);
    expect(before.registered && before.employers[0]!.vacancyTitles.sort()).toEqual(["Afwasser", "Kok"]);

    await revokeConsent({ actor, input: { consentId: employer.consent.id } });
    expect(await employerSees(employer.employerActor, candidate.id)).toBe(false);
    expect(await prisma.consent.count({ where: { candidateId: candidate.id, purpose: "SHARE_WITH_EMPLOYER", revokedAt: null } })).toBe(0);
  });

  it("leaves a consent the resident declined as it is", async () => {
    const { mediator, candidate, actor } = await resident();
    const employer = await consentedEmployer(candidate.id, mediator.id);
    await prisma.consent.update({ where: { id: employer.consent.id }, data: { grantedAt: null, declinedAt: new Date() } });
    expect(await revokeConsent({ actor, input: { consentId: employer.consent.id } })).toEqual({ changed: false, revokedAt: null });
    expect(await prisma.consent.findUniqueOrThrow({ where: { id: employer.consent.id } })).toMatchObject({ revokedAt: null });
  });
});

describe("revoking a consent for a partner on handover", () => {
  it("revokes that partner only", async () => {
    const { candidate, actor } = await resident();
    const [uwv, lwl] = await Promise.all(
      ["UWV", "LEERWERKLOKET"].map((code) =>
        prisma.consent.create({ data: { candidateId: candidate.id, purpose: "SHARE_WITH_PARTNER_ON_HANDOVER", partnerOrganisationCode: code, grantedAt: new Date() } }),
      ),
    );
    await revokeConsent({ actor, input: { consentId: uwv!.id } });
    expect(await prisma.consent.findUniqueOrThrow({ where: { id: uwv!.id } })).not.toMatchObject({ revokedAt: null });
    expect(await prisma.consent.findUniqueOrThrow({ where: { id: lwl!.id } })).toMatchObject({ revokedAt: null });
    const other = await createCandidate();
    expect(await sharesWithPartners(other.id)).toBe(true);
  });
});
