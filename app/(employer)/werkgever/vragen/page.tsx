import type { Metadata } from "next";
import { PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findMyQuestions } from "@/lib/questions/find-my-questions";
import { getContactPerson } from "@/lib/questions/get-contact-person";
import { QUESTION_TOPIC_LABELS } from "@/lib/questions/schemas";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { AskQuestionForm } from "./_components/ask-question-form";

export const metadata: Metadata = { title: "Vragen" };

export default async function EmployerQuestionsPage() {
  const actor = await requirePortalActor("/werkgever");
  const [contact, questions] = await Promise.all([getContactPerson(actor), findMyQuestions(actor)]);

  return (
    <>
      <PageHeader
        title="Vragen"
        breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "Vragen" }]}
        lead={
          contact?.contactPerson
            ? `Stel uw vraag aan ${contact.contactPerson.name}, uw vaste contactpersoon. U krijgt binnen 2 werkdagen antwoord.`
            : "Stel uw vraag aan uw vaste contactpersoon. U krijgt binnen 2 werkdagen antwoord."
        }
      />
      {contact ? (
        <section aria-labelledby="vraag-stellen" className="mb-10">
          <h2 id="vraag-stellen" className="mb-4 text-2xl">
            Een vraag stellen
          </h2>
          <AskQuestionForm />
        </section>
      ) : (
        <p className="mb-10">Uw aanmelding wacht op bevestiging. Daarna kunt u hier vragen stellen.</p>
      )}

      <section aria-labelledby="mijn-vragen">
        <h2 id="mijn-vragen" className="mb-4 text-2xl">
          Uw vragen ({questions.length})
        </h2>
        {questions.length === 0 ? (
          <p>U heeft nog geen vragen gesteld.</p>
        ) : (
          <ul className="space-y-4">
            {questions.map((question) => (
              <li key={question.id} className="rounded-sm border-2 border-line-light p-4">
                <h3 className="text-xl">{QUESTION_TOPIC_LABELS[question.topic]}</h3>
                <p className="text-muted">
                  Gesteld op {formatDateTime(question.askedAt)} door {question.askedBy}
                </p>
                <p className="mt-2 whitespace-pre-line">{question.text}</p>
                {question.answer && question.answeredAt ? (
                  <div className="mt-3 border-l-4 border-success bg-success-light p-3">
                    <p className="font-semibold">
                      Antwoord van {question.answeredBy ?? "uw contactpersoon"} op {formatDateTime(question.answeredAt)}
                    </p>
                    <p className="mt-1 whitespace-pre-line">{question.answer}</p>
                  </div>
                ) : (
                  <p className="mt-3">
                    <StatusBadge tone="warning">Nog geen antwoord</StatusBadge>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
