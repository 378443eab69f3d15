import { describe, expect, it } from "vitest";
import { findAftercareWorklist } from "@/lib/aftercare/find-aftercare-worklist";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createMediator } from "@/tests/factories/candidates";
import { createPlaceableProposal, createPlacementRow } from "@/tests/factories/placements";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { findMyPlacements } from "./find-my-placements";
import { findPlacements } from "./find-placements";
import { getPlacement } from "./get-placement";

const NOW = new Date("2026-03-10T10:00:00.000Z"); // 1-month check-ins (15 Feb) overdue, 3-month planned
const LATER = new Date("2026-07-20T10:00:00.000Z");

async function world() {
  const w = await createPlaceableProposal();
  const placement = await createPlacementRow(w, { instruments: [{ code: "LKS", amountCents: 90000, wageValuePct: 55 }] });
  return { ...w, placement };
}

const audits = (candidateId: string) => prisma.auditLog.count({ where: { candidateId, action: "placement.read" } });

describe("reading placements (E7, J4, A5) and the two-role split", () => {
  it("the bemiddelaar sees the name (audited); the accountmanager never; the employer only while consent is active", async () => {
    const w = await world();
    const forMediator = await getPlacement({ actor: w.mediatorActor, placementId: w.placement.id, now: NOW });
    expect(forMediator.candidateLabel).toBe("Sanne Geheim");
    expect(forMediator.instruments[0]).toMatchObject({ instrumentCode: "LKS", amountCents: 90000, wageValuePct: 55 });
    expect(forMediator.checks.map((c) => c.state)).toEqual(["OVERDUE", "OVERDUE", "PLANNED", "PLANNED", "PLANNED"]);
    expect(await audits(w.candidate.id)).toBe(1);

    const forAm = await getPlacement({ actor: w.amActor, placementId: w.placement.id, now: NOW });
    expect(forAm.candidateLabel).toBe("Kandidaat (bemiddelaar: Femke Bemiddelaar)");
    expect(JSON.stringify(forAm)).not.toMatch(/Sanne|Geheim/);
    expect(JSON.stringify(await findPlacements(w.amActor, NOW))).not.toMatch(/Sanne|Geheim/);
    expect(await audits(w.candidate.id)).toBe(1);

    const forEmployer = await getPlacement({ actor: w.employerActor, placementId: w.placement.id, now: NOW });
    expect(forEmployer.candidateLabel).toBe("Sanne Geheim");
    expect(forEmployer.signals).toEqual([]);
    expect(await audits(w.candidate.id)).toBe(2);

    await prisma.consent.update({ where: { id: w.consent.id }, data: { revokedAt: NOW } });
    const revoked = await getPlacement({ actor: w.employerActor, placementId: w.placement.id, now: NOW });
    expect(revoked.candidateLabel).toBe("Kandidaat (toestemming ingetrokken)");
    expect(JSON.stringify(revoked)).not.toMatch(/Sanne|Geheim/);
    expect(JSON.stringify(await findPlacements(w.employerActor, NOW))).not.toMatch(/Sanne|Geheim/);
    expect(await audits(w.candidate.id)).toBe(2);
  });

  it("others get NOT_FOUND; the resident sees their own placement; duurzaam follows the clock", async () => {
    const w = await world();
    const other = await createEmployerWithOwner();
    for (const actor of [actorFor(await createMediator()), other.employerActor, other.ownerActor]) {
      const error = await getPlacement({ actor, placementId: w.placement.id, now: NOW }).catch((e: unknown) => e);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
    expect(await findPlacements(other.employerActor, NOW)).toEqual([]);
    const [mine] = await findMyPlacements(w.residentActor, NOW);
    expect(mine).toMatchObject({ id: w.placement.id, phase: "RUNNING" });
    expect((await findMyPlacements(w.residentActor, LATER))[0]!.phase).toBe("SUSTAINABLE");
  });

  it("the work lists: employee check-ins for the bemiddelaar, overdue employer check-ins for the accountmanager (anonymised)", async () => {
    const w = await world();
    const forMediator = await findAftercareWorklist(w.mediatorActor, NOW);
    expect(forMediator.checks).toHaveLength(1);
    expect(forMediator.checks[0]).toMatchObject({ candidate: "Sanne Geheim", state: "OVERDUE" });
    const forAm = await findAftercareWorklist(w.amActor, NOW);
    expect(forAm.checks).toHaveLength(1);
    expect(JSON.stringify(forAm)).not.toMatch(/Sanne|Geheim/);
    expect(await findAftercareWorklist(w.employerActor, NOW)).toEqual({ checks: [], signals: [], lowScores: [] });
  });
});
