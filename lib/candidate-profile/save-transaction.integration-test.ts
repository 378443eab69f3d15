import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { actorFor } from "@/tests/factories/questions";
import { ensureVacancyReferenceData } from "@/tests/factories/vacancies";
import { saveCandidateProfile } from "./save-candidate-profile";

// The audit write is the last step of the save; making it fail shows the whole save is one transaction.
vi.mock("@/lib/audit/record-candidate-access", () => ({
  recordCandidateAccess: vi.fn(async () => {
    throw new Error("audit store unavailable");
  }),
}));

describe("saveCandidateProfile is one transaction", () => {
  it("leaves the candidate, skills and wishes unchanged when a later step fails", async () => {
    const ref = await ensureVacancyReferenceData();
    const owner = await createMediator();
    const { candidate } = await createJobseeker({
      ownerId: owner.id,
      hoursPerWeekMin: 16,
      hoursPerWeekMax: 24,
      skills: [{ skillCode: "lassen", level: 2 }],
      occupationClassCodes: ["TEC"],
    });
    const read = () =>
      prisma.candidate.findUniqueOrThrow({
        where: { id: candidate.id },
        select: { hoursPerWeekMin: true, hoursPerWeekMax: true, languages: true, skills: true, occupationWishes: true, workAreaWishes: true },
      });
    const before = await read();

    await expect(
      saveCandidateProfile({
        actor: actorFor(owner),
        input: {
          candidateId: candidate.id,
          skills: [{ skillCode: "persoonlijke-verzorging", level: 3 }],
          occupationClassCodes: ["ZOR"],
          hoursPerWeekMin: 32,
          hoursPerWeekMax: 36,
          workAreaIds: [ref.workAreaId],
          maxTravelMinutes: 30,
          availableFrom: "",
          educationLevel: "HBO",
          languages: ["Engels"],
          drivingLicence: true,
        },
      }),
    ).rejects.toThrow("audit store unavailable");
    expect(await read()).toEqual(before);
  });
});
