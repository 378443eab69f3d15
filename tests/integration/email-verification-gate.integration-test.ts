import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { EMAIL_NOT_VERIFIED_MESSAGE, OPEN_BEFORE_EMAIL_VERIFICATION } from "@/lib/auth/email-verification-gate";
import { PERMISSION_ACTIONS, ROLES, ruleFor } from "@/lib/auth/permissions";
import { cvUploadResponse } from "@/lib/candidate-profile/cv-responses";
import { prisma } from "@/lib/db";
import { createJobseeker } from "@/tests/factories/candidates";
import { createAccountManager, createEmployerUser, createOrganisation, ensureRegion } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";

// Decision 019: every action of an account that has not confirmed its address is refused on the server,
// except the few about the account itself. One gate in actionClientFor, plus the CV route handler.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { actionClientFor } = await import("@/lib/safe-action");
const { createVacancyAction } = await import("@/app/(employer)/werkgever/vacatures/actions");
const { askQuestionAction } = await import("@/app/(employer)/werkgever/vragen/actions");
const { bookAppointmentAction } = await import("@/app/(employer)/werkgever/afspraken/actions");
const { submitHelpRequestAction } = await import("@/app/(jobseeker)/werkzoekende/aanmelden/actions");
const { expressInterestAction } = await import("@/app/(public)/vacatures/[id]/actions");
const { registerForEventAction } = await import("@/app/(public)/evenementen/[id]/actions");
const { resendVerificationMailAction } = await import("@/app/(jobseeker)/werkzoekende/actions");

async function unverified(role: Actor["role"], organisationId: string | null = null) {
  return actorFor(await createUser({ role, organisationId, emailVerifiedAt: null }));
}

describe("the e-mail gate of actionClientFor", () => {
  it("refuses every action outside the own-account list to an unconfirmed account before its body runs, and lets a confirmed one through", async () => {
    const body = vi.fn(async () => "ran");
    const checked: string[] = [];
    for (const action of PERMISSION_ACTIONS) {
      const role = ROLES.find((candidate) => ruleFor(candidate, action) !== "deny");
      if (!role) continue;
      const client = actionClientFor(action).action(body);
      session.actor = await unverified(role);
      const refused = await client();
      if (OPEN_BEFORE_EMAIL_VERIFICATION.has(action)) {
        expect(refused, action).toEqual({ data: "ran" });
        continue;
      }
      expect(refused, action).toEqual({ serverError: EMAIL_NOT_VERIFIED_MESSAGE });
      session.actor = actorFor(await createUser({ role }));
      expect(await client(), action).toEqual({ data: "ran" });
      checked.push(action);
    }
    expect(checked).toEqual(expect.arrayContaining(["vacancy.submit", "question.ask", "appointment.book", "helpRequest.submit", "vacancy.expressInterest", "event.register", "proposal.respond", "proposal.consent", "candidate.editProfile", "privacy.requestDeletion"]));
    expect(body).toHaveBeenCalledTimes(checked.length + OPEN_BEFORE_EMAIL_VERIFICATION.size);
  });
});

describe("the real submitting actions of an unconfirmed account", () => {
  it("refuses an employer's vacancy, question and appointment, and stores nothing", async () => {
    await ensureRegion();
    const owner = await createAccountManager();
    const organisation = await createOrganisation({ ownerId: owner.id });
    const employer = await createEmployerUser({ organisationId: organisation.id });
    await prisma.user.update({ where: { id: employer.id }, data: { emailVerifiedAt: null } });
    session.actor = actorFor(employer);

    for (const action of [createVacancyAction, askQuestionAction, bookAppointmentAction, registerForEventAction] as ((input: never) => Promise<unknown>)[]) {
      expect(await action({} as never)).toEqual({ serverError: EMAIL_NOT_VERIFIED_MESSAGE });
    }
    expect(await prisma.vacancy.count({ where: { organisationId: organisation.id } })).toBe(0);
    expect(await prisma.question.count({ where: { organisationId: organisation.id } })).toBe(0);
    expect(await prisma.appointment.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  it("refuses a resident's new help request, interest in a vacancy and event sign-up, but sends a new link", async () => {
    const { user, candidate } = await createJobseeker();
    await prisma.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    session.actor = actorFor(user);

    for (const action of [submitHelpRequestAction, expressInterestAction, registerForEventAction] as ((input: never) => Promise<unknown>)[]) {
      expect(await action({} as never)).toEqual({ serverError: EMAIL_NOT_VERIFIED_MESSAGE });
    }
    expect(await prisma.helpRequest.count({ where: { candidateId: candidate.id } })).toBe(0);
    expect(await resendVerificationMailAction()).toEqual({ data: { outcome: "sent" } });
    expect(await prisma.mailMessage.count({ where: { toAddress: user.email, kind: "email.registration" } })).toBe(1);
  });

  it("refuses a CV upload through the route handler with 403 and the Dutch sentence", async () => {
    const { user, candidate } = await createJobseeker();
    await prisma.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    const request = new Request(`http://localhost/api/kandidaten/${candidate.id}/cv`, {
      method: "POST",
      headers: { origin: "http://localhost", host: "localhost", "content-length": "4" },
      body: "%PDF",
    });
    const response = await cvUploadResponse({ request, actor: actorFor(user), candidateId: candidate.id });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: EMAIL_NOT_VERIFIED_MESSAGE });
  });
});
