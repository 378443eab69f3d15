import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { actorFor, createEmployerWithOwner, createQuestion } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { answerQuestion } from "./answer-question";
import { askQuestion } from "./ask-question";
import { countOpenInboxQuestions } from "./count-open-inbox-questions";
import { findInboxQuestions } from "./find-inbox-questions";
import { findMyQuestions } from "./find-my-questions";

const ask = (overrides: Record<string, unknown> = {}) => ({
  topic: "INSTRUMENTS_SUBSIDIES",
  text: "Kan ik loonkostensubsidie krijgen voor een nieuwe medewerker?",
  submissionKey: randomUUID(),
  ...overrides,
});

describe("ask and answer a question", () => {
  it("notifies the owner on asking and the employer on answering; both sides see it", async () => {
    const { owner, organisation, employer, ownerActor, employerActor } = await createEmployerWithOwner();

    const asked = await askQuestion({ actor: employerActor, input: ask() });
    expect(asked.created).toBe(true);
    const toOwner = await prisma.notification.findMany({ where: { userId: owner.id } });
    expect(toOwner).toMatchObject([{ kind: "question.asked", link: "/professional/inbox" }]);
    expect(toOwner[0]!.title).toContain(organisation.legalName);

    const inbox = await findInboxQuestions(ownerActor);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ id: asked.id, answeredAt: null, norm: { status: "WITHIN_NORM", workingDaysWaited: 0 } });
    expect(await countOpenInboxQuestions(ownerActor)).toBe(1);

    const answered = await answerQuestion({ actor: ownerActor, input: { questionId: asked.id, answer: "Ja, ik bel u morgen." } });
    const stored = await prisma.question.findUniqueOrThrow({ where: { id: asked.id } });
    expect(stored).toMatchObject({ answer: "Ja, ik bel u morgen.", answeredById: owner.id, answeredAt: answered.answeredAt });
    expect(await prisma.notification.findMany({ where: { userId: employer.id } })).toMatchObject([
      { kind: "question.answered", link: "/werkgever/vragen" },
    ]);

    const mine = await findMyQuestions(employerActor);
    expect(mine).toMatchObject([{ id: asked.id, answer: "Ja, ik bel u morgen.", answeredBy: owner.name }]);
    expect(await countOpenInboxQuestions(ownerActor)).toBe(0);
    await expect(answerQuestion({ actor: ownerActor, input: { questionId: asked.id, answer: "Nog een keer" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("creates one question and one notification for the same submission sent twice at once", async () => {
    const { owner, employerActor } = await createEmployerWithOwner();
    const input = ask();
    const [first, second] = await Promise.all([askQuestion({ actor: employerActor, input }), askQuestion({ actor: employerActor, input })]);
    expect(first.id).toBe(second.id);
    expect(await askQuestion({ actor: employerActor, input })).toEqual({ id: first.id, created: false });
    expect(await prisma.question.count({ where: { askedById: employerActor.userId } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: owner.id } })).toBe(1);
  });

  it("stores nothing for bad input", async () => {
    const { employerActor } = await createEmployerWithOwner();
    for (const input of [ask({ topic: "ONBEKEND" }), ask({ text: "<script>alert(1)</script> help" }), ask({ text: "x".repeat(2001) }), ask({ submissionKey: "1" })]) {
      await expect(askQuestion({ actor: employerActor, input })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await prisma.question.count({ where: { askedById: employerActor.userId } })).toBe(0);
  });

  it("lists unanswered questions first, oldest on top, with the norm status", async () => {
    const { organisation, employer, owner, ownerActor } = await createEmployerWithOwner();
    const old = await createQuestion({ organisationId: organisation.id, askedById: employer.id, createdAt: new Date(Date.now() - 10 * 86_400_000) });
    const fresh = await createQuestion({ organisationId: organisation.id, askedById: employer.id });
    const done = await createQuestion({
      organisationId: organisation.id,
      askedById: employer.id,
      createdAt: new Date(Date.now() - 86_400_000),
      answer: "Klaar",
      answeredById: owner.id,
      answeredAt: new Date(),
    });
    const inbox = await findInboxQuestions(ownerActor);
    expect(inbox.map((question) => question.id)).toEqual([old.id, fresh.id, done.id]);
    expect(inbox[0]!.norm.status).toBe("NORM_EXCEEDED");
    expect(inbox[0]!.norm.workingDaysWaited).toBeGreaterThanOrEqual(6);
  });
});

describe("refusals look like not found", () => {
  it("an employer never sees or gets another organisation's question", async () => {
    const a = await createEmployerWithOwner();
    const b = await createEmployerWithOwner();
    const question = await createQuestion({ organisationId: a.organisation.id, askedById: a.employer.id });
    expect(await findMyQuestions(b.employerActor)).toEqual([]);
    expect((await findMyQuestions(a.employerActor)).map((q) => q.id)).toEqual([question.id]);
    // an employer may not answer at all, not even their own question
    await expect(answerQuestion({ actor: a.employerActor, input: { questionId: question.id, answer: "Zelf" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a non-owner accountmanager cannot see or answer the question", async () => {
    const { organisation, employer } = await createEmployerWithOwner();
    const question = await createQuestion({ organisationId: organisation.id, askedById: employer.id });
    const other = actorFor(await createUser({ role: "ACCOUNT_MANAGER" }));
    await expect(answerQuestion({ actor: other, input: { questionId: question.id, answer: "Ik doe het wel" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(answerQuestion({ actor: other, input: { questionId: "bestaat-niet", answer: "Ik doe het wel" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await findInboxQuestions(other)).toEqual([]);
    expect((await prisma.question.findUniqueOrThrow({ where: { id: question.id } })).answeredAt).toBeNull();
  });

  it("a bemiddelaar and a jobseeker may neither ask nor answer", async () => {
    const { organisation, employer } = await createEmployerWithOwner();
    const question = await createQuestion({ organisationId: organisation.id, askedById: employer.id });
    const before = await prisma.question.count();
    for (const role of ["JOB_MEDIATOR", "JOBSEEKER"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(askQuestion({ actor, input: ask() })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(answerQuestion({ actor, input: { questionId: question.id, answer: "Antwoord" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await countOpenInboxQuestions(actor)).toBe(0);
    }
    expect(await prisma.question.count()).toBe(before);
    expect((await prisma.question.findUniqueOrThrow({ where: { id: question.id } })).answer).toBeNull();
  });

  it("an employer without a confirmed organisation cannot ask", async () => {
    const pending = actorFor(await createUser({ role: "EMPLOYER" }));
    await expect(askQuestion({ actor: pending, input: ask() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
