import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { can } from "@/lib/auth/permissions";
import { findInboxQuestions, type InboxQuestion } from "@/lib/questions/find-inbox-questions";
import { QUESTION_TOPIC_LABELS } from "@/lib/questions/schemas";
import { ANSWER_NORM_WORKING_DAYS, NORM_STATUS_LABELS, waitingText } from "@/lib/questions/service-norm";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { AnswerForm } from "./_components/answer-form";

export const metadata: Metadata = { title: "Inbox" };

const crumbs = [{ label: "Werklijst", href: "/professional" }, { label: "Inbox" }];

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ beantwoord?: string | string[] }> }) {
  const { beantwoord } = await searchParams;
  const actor = await requirePortalActor("/professional");
  if (!can(actor, "question.answer")) {
    return (
      <>
        <PageHeader title="Inbox" breadcrumbs={crumbs} />
        <p>De inbox met vragen van werkgevers is er voor accountmanagers. Vragen van werkgevers komen bij hun vaste accountmanager binnen.</p>
      </>
    );
  }
  const questions = await findInboxQuestions(actor);
  const open = questions.filter((question) => !question.answeredAt);
  const answered = questions.filter((question) => question.answeredAt);
  const overdue = open.filter((question) => question.norm.status === "NORM_EXCEEDED").length;
  // After answering, the form's question moves to "Recent beantwoord"; confirm it here so the
  // message survives the refresh and is announced.
  const justAnswered = typeof beantwoord === "string" ? answered.find((question) => question.id === beantwoord) : undefined;

  return (
    <>
      <PageHeader
        title="Inbox"
        breadcrumbs={crumbs}
        lead={`Vragen van uw werkgevers. De servicenorm is antwoord binnen ${ANSWER_NORM_WORKING_DAYS} werkdagen.`}
      />
      <div role="status" aria-live="polite">
        {justAnswered ? (
          <Alert tone="success" title="Antwoord verstuurd">
            {justAnswered.organisationName} ziet uw antwoord in het portaal en krijgt een melding.
          </Alert>
        ) : null}
      </div>
      <section aria-labelledby="open-vragen" className="mb-10">
        <h2 id="open-vragen" className="mb-1 text-2xl">
          Open vragen ({open.length})
        </h2>
        <p className="mb-4">{overdue > 0 ? `${overdue} ${overdue === 1 ? "vraag is" : "vragen zijn"} over de norm. De oudste staat bovenaan.` : "Alle open vragen zijn binnen de norm."}</p>
        {open.length === 0 ? <p>Er zijn geen open vragen.</p> : <QuestionList questions={open} />}
      </section>
      <section aria-labelledby="beantwoord">
        <h2 id="beantwoord" className="mb-4 text-2xl">
          Recent beantwoord ({answered.length})
        </h2>
        {answered.length === 0 ? <p>Nog geen beantwoorde vragen.</p> : <QuestionList questions={answered} />}
      </section>
    </>
  );
}

function QuestionList({ questions }: { questions: InboxQuestion[] }) {
  return (
    <ul className="space-y-4">
      {questions.map((question) => (
        <li key={question.id} className="rounded-sm border-2 border-line-light p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-xl">
              <Link href={`/professional/werkgevers/${question.organisationId}`}>{question.organisationName}</Link>
              {" — "}
              {QUESTION_TOPIC_LABELS[question.topic]}
            </h3>
            <StatusBadge tone={question.norm.status === "NORM_EXCEEDED" ? "danger" : "success"}>{NORM_STATUS_LABELS[question.norm.status]}</StatusBadge>
          </div>
          <p className="text-muted">
            Gesteld op {formatDateTime(question.askedAt)} door {question.askedBy}
            {question.answeredAt ? ` · beantwoord op ${formatDateTime(question.answeredAt)}` : ` · ${waitingText(question.norm.workingDaysWaited)}`}
            {!question.answeredAt ? ` · norm tot ${formatDateTime(question.norm.dueAt)}` : ""}
          </p>
          <p className="mt-2 whitespace-pre-line">{question.text}</p>
          {question.answer ? (
            <div className="mt-3 border-l-4 border-success bg-success-light p-3">
              <p className="font-semibold">Uw antwoord</p>
              <p className="mt-1 whitespace-pre-line">{question.answer}</p>
            </div>
          ) : (
            <AnswerForm questionId={question.id} organisationName={question.organisationName} />
          )}
        </li>
      ))}
    </ul>
  );
}
