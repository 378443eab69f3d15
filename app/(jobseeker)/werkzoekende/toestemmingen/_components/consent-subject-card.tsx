import type { ConsentSubject } from "@/lib/consents/find-my-consents";
import { ConsentControl } from "./consent-control";
import { ConsentHistory, ConsentStatus } from "./consent-status";

/** One employer or one partner: name, vacancies, state with date, history, and revoke. */
export function ConsentSubjectCard({ subject, kind }: { subject: ConsentSubject; kind: "werkgever" | "partner" }) {
  const name = subject.organisationName ?? "Onbekend";
  return (
    <li className="rounded-sm border-2 border-line-light p-4">
      <h3 className="text-xl">{name}</h3>
      {subject.vacancyTitles.length > 0 ? (
        <p className="text-muted">
          {subject.vacancyTitles.length === 1 ? "Voor de vacature: " : "Voor de vacatures: "}
          {subject.vacancyTitles.join(", ")}
        </p>
      ) : null}
      <div className="mt-2">
        <ConsentStatus state={subject.state} />
      </div>
      <ConsentHistory events={subject.history} />
      <ConsentControl
        what={`uw gegevens met ${name}`}
        activeConsentId={subject.activeConsentId}
        canGrant={false}
        afterRevoke={
          kind === "werkgever"
            ? `${name} kan uw gegevens vanaf nu niet meer zien.`
            : `Wij delen vanaf nu geen gegevens meer met ${name}.`
        }
      />
    </li>
  );
}
