import { describe, expect, it } from "vitest";
import { transferCandidateOwnership } from "@/lib/caseload/transfer-candidate-ownership";
import { prisma } from "@/lib/db";
import { transferOrganisationOwnership } from "@/lib/organisations/transfer-organisation-ownership";
import { createCandidate, createMediator } from "@/tests/factories/candidates";
import { createAccountManager, createOrganisation } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createAdmin } from "@/tests/factories/user-accounts";
import { createUser } from "@/tests/factories/users";
import { findOwnerlessWork } from "./find-ownerless-work";
import { getUserForAdmin } from "./get-user-for-admin";
import { setUserDisabled } from "./set-user-disabled";
import { updateProfessionalAccount } from "./update-professional-account";

const REASON = "De vorige eigenaar is niet meer actief in deze rol.";

describe("work without an owner", () => {
  it("lists employers and candidates of a blocked owner until they are reassigned; candidate names are audited", async () => {
    const { actor } = await createAdmin();
    const am = await createAccountManager();
    const bm = await createMediator();
    const organisation = await createOrganisation({ ownerId: am.id, legalName: "Weesbedrijf B.V." });
    const candidate = await createCandidate({ ownerId: bm.id, firstName: "Wees", lastName: "Kandidaat" });
    await createCandidate({ ownerId: bm.id, firstName: "Weg" }).then((c) => prisma.candidate.update({ where: { id: c.id }, data: { anonymisedAt: new Date() } }));

    expect(await findOwnerlessWork({ actor, ownerId: am.id })).toMatchObject({ employerCount: 0, candidateCount: 0 });
    await setUserDisabled({ actor, input: { userId: am.id, disabled: true } });
    await setUserDisabled({ actor, input: { userId: bm.id, disabled: true } });
    expect(await getUserForAdmin({ actor, userId: bm.id })).toMatchObject({ ownedCandidates: 1 });

    const accessBefore = await prisma.auditLog.count({ where: { candidateId: candidate.id, action: "candidate.list" } });
    const all = await findOwnerlessWork({ actor });
    expect(all.employers).toEqual([expect.objectContaining({ id: organisation.id, name: "Weesbedrijf B.V.", ownerId: am.id, problem: "geblokkeerd" })]);
    expect(all.candidates).toEqual([expect.objectContaining({ id: candidate.id, name: "Wees Kandidaat", ownerId: bm.id, problem: "geblokkeerd" })]);
    expect(all).toMatchObject({ employerCount: 1, candidateCount: 1 });
    expect(all.accountManagers.map((u) => u.id)).not.toContain(am.id);
    expect(all.mediators.map((u) => u.id)).not.toContain(bm.id);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, action: "candidate.list", actorId: actor.userId } })).toBe(accessBefore + 1);

    // Reassigned with the existing transfers: the new owner must be active and of the owning role.
    const newAm = await createAccountManager();
    const newBm = await createMediator();
    await expect(transferOrganisationOwnership({ actor, input: { organisationId: organisation.id, toUserId: newBm.id, reason: REASON } })).rejects.toMatchObject({ field: "toUserId" });
    await expect(transferCandidateOwnership({ actor, input: { candidateId: candidate.id, toUserId: am.id, reason: REASON } })).rejects.toMatchObject({ field: "toUserId" });
    await transferOrganisationOwnership({ actor, input: { organisationId: organisation.id, toUserId: newAm.id, reason: REASON } });
    await transferCandidateOwnership({ actor, input: { candidateId: candidate.id, toUserId: newBm.id, reason: REASON } });
    expect(await findOwnerlessWork({ actor })).toMatchObject({ employerCount: 0, candidateCount: 0, employers: [], candidates: [] });
  });

  it("also lists the records of an owner who got another role", async () => {
    const { actor } = await createAdmin();
    const bm = await createMediator();
    const candidate = await createCandidate({ ownerId: bm.id });
    await updateProfessionalAccount({ actor, input: { userId: bm.id, role: "REGIONAL_STAFF", partnerOrganisationId: bm.partnerOrganisationId ?? "", workAreaIds: [], focusAreas: [], phone: "" } });
    const work = await findOwnerlessWork({ actor, ownerId: bm.id });
    expect(work.candidates).toEqual([expect.objectContaining({ id: candidate.id, problem: "andere rol" })]);
  });

  it("is ADMIN's only", async () => {
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      await expect(findOwnerlessWork({ actor: actorFor(await createUser({ role })) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
