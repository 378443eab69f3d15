import { describe, expect, it } from "vitest";
import { appointmentWhereFor, candidateWhereFor, organisationWhereFor, vacancyWhereFor } from "./ownership-where";

const NO_ROWS = { id: { in: [] } };

describe("ownership where fragments", () => {
  it("limits organisations to the owner accountmanager, the employer's own, or all for admin", () => {
    expect(organisationWhereFor({ role: "ACCOUNT_MANAGER", userId: "am", organisationId: null }, "organisation.editMasterData")).toEqual({ ownerId: "am", contacts: { none: { emailVerifiedAt: null } } });
    expect(organisationWhereFor({ role: "EMPLOYER", userId: "e", organisationId: "org" }, "organisation.editMasterData")).toEqual({ id: "org" });
    expect(organisationWhereFor({ role: "EMPLOYER", userId: "e", organisationId: null }, "organisation.editMasterData")).toEqual(NO_ROWS);
    // Professionals never see an organisation whose registrant has not confirmed the address yet (decision 019).
    expect(organisationWhereFor({ role: "ADMIN", userId: "a", organisationId: null }, "organisation.editMasterData")).toEqual({
      contacts: { none: { emailVerifiedAt: null } },
    });
    expect(organisationWhereFor({ role: "JOBSEEKER", userId: "j", organisationId: null }, "organisation.editMasterData")).toEqual(NO_ROWS);
  });

  it("gives staff no individual vacancies and jobseekers only public ones", () => {
    expect(vacancyWhereFor({ role: "REGIONAL_STAFF", userId: "s", organisationId: null }, "vacancy.read")).toEqual(NO_ROWS);
    expect(vacancyWhereFor({ role: "JOBSEEKER", userId: "j", organisationId: null }, "vacancy.read")).toEqual({ isPublic: true, status: { not: "RECEIVED" } });
    expect(vacancyWhereFor({ role: "EMPLOYER", userId: "e", organisationId: "org" }, "vacancy.read")).toEqual({ organisationId: "org" });
  });

  it("limits candidates to the owner, a handover, own record or consent", () => {
    expect(candidateWhereFor({ role: "JOB_MEDIATOR", userId: "bm", organisationId: null }, "candidate.editProfile")).toEqual({ ownerId: "bm" });
    expect(candidateWhereFor({ role: "JOBSEEKER", userId: "j", organisationId: null }, "candidate.editProfile")).toEqual({ userId: "j" });
    expect(candidateWhereFor({ role: "ACCOUNT_MANAGER", userId: "am", organisationId: null }, "candidate.readPersonalData")).toEqual(NO_ROWS);
    expect(candidateWhereFor({ role: "REGIONAL_STAFF", userId: "s", organisationId: null }, "candidate.readPersonalData")).toEqual(NO_ROWS);
    expect(candidateWhereFor({ role: "JOB_MEDIATOR", userId: "bm", organisationId: null }, "candidate.readPersonalData")).toHaveProperty("OR");
    // An employer: an active consent whose own proposal is open or placed there, and not placed elsewhere (decision 023).
    const employer = JSON.stringify(candidateWhereFor({ role: "EMPLOYER", userId: "e", organisationId: "org" }, "candidate.readPersonalData"));
    for (const part of ['"consents"', '"proposal":{"status":{"in":["PROPOSED","INVITED","INTERVIEW_POSITIVE","PLACED"]}}', '"placements":{"none"']) expect(employer).toContain(part);
  });

  it("limits appointments to the employer's organisation or the accountmanager's own calendar", () => {
    expect(appointmentWhereFor({ role: "EMPLOYER", userId: "e", organisationId: "org" }, "appointment.cancel")).toEqual({ organisationId: "org" });
    expect(appointmentWhereFor({ role: "EMPLOYER", userId: "e", organisationId: null }, "appointment.cancel")).toEqual(NO_ROWS);
    expect(appointmentWhereFor({ role: "ACCOUNT_MANAGER", userId: "am", organisationId: null }, "appointment.cancel")).toEqual({ slot: { accountManagerId: "am" } });
    expect(appointmentWhereFor({ role: "JOB_MEDIATOR", userId: "bm", organisationId: null }, "appointment.cancel")).toEqual(NO_ROWS);
    expect(appointmentWhereFor({ role: "ADMIN", userId: "a", organisationId: null }, "appointment.cancel")).toEqual(NO_ROWS);
  });
});
