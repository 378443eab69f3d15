"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, Checkbox, ErrorSummary, Field, LinkButton, Select, TextInput } from "@/components/ui";
import { HELP_QUESTION_LABELS } from "@/lib/help-requests/labels";
import { HELP_QUESTIONS, ROUTING_LIMITS, type RoutingRuleFormValues } from "@/lib/help-requests/schemas";

/** A partner the rule can route to, with the names of its teams (managed at /beheer/partners). */
export type RoutingPartnerOption = { id: string; name: string; teams: string[] };
import { createRoutingRuleAction, updateRoutingRuleAction } from "../actions";

const ID = {
  question: "hulpvraag",
  partnerOrganisationId: "partner",
  team: "team",
  priority: "prioriteit",
  maxAge: "maximale-leeftijd",
  normWorkingDays: "norm",
  active: "actief",
  id: "formulier",
};

const QUESTION_OPTIONS = HELP_QUESTIONS.map((question) => ({ value: question, label: HELP_QUESTION_LABELS[question] }));

export type RoutingRuleInitial = {
  id?: string;
  question: string;
  partnerOrganisationId: string;
  team: string;
  priority: string;
  maxAge: string;
  normWorkingDays: string;
  active: boolean;
};

/** Add or edit one routing rule (ADMIN). */
export function RoutingRuleForm({ partners, initial }: { partners: RoutingPartnerOption[]; initial: RoutingRuleInitial }) {
  const router = useRouter();
  const [partnerId, setPartnerId] = useState(initial.partnerOrganisationId);
  const teams = partners.find((partner) => partner.id === partnerId)?.teams ?? [];
  const fields = (data: FormData): RoutingRuleFormValues => ({
    question: String(data.get("question") ?? "") as RoutingRuleFormValues["question"],
    partnerOrganisationId: String(data.get("partnerOrganisationId") ?? ""),
    team: String(data.get("team") ?? ""),
    priority: String(data.get("priority") ?? ""),
    maxAge: String(data.get("maxAge") ?? ""),
    normWorkingDays: String(data.get("normWorkingDays") ?? ""),
    active: data.get("active") === "on",
  });
  const onSuccess = () => {
    router.push("/beheer/routering?opgeslagen=1");
    router.refresh();
  };
  const create = useFormAction(createRoutingRuleAction, fields, { onSuccess });
  const update = useFormAction(updateRoutingRuleAction, (data) => ({ ...fields(data), id: initial.id ?? "" }), { onSuccess });
  const form = initial.id ? update : create;
  const error = (name: keyof typeof ID) => form.fieldError(name);

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label={initial.id ? "Routeringsregel wijzigen" : "Routeringsregel toevoegen"}>
      <ErrorSummary errors={form.summary(ID)} title="De regel is nog niet opgeslagen" />
      <Field id={ID.question} label="Hulpvraag" error={error("question")}>
        {(control) => <Select {...control} name="question" options={QUESTION_OPTIONS} placeholder="Maak een keuze" defaultValue={initial.question} />}
      </Field>
      <Field id={ID.partnerOrganisationId} label="Partnerorganisatie" hint="De organisatie die de aanmelding oppakt." error={error("partnerOrganisationId")}>
        {(control) => (
          <Select
            {...control}
            name="partnerOrganisationId"
            options={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
            placeholder="Maak een keuze"
            value={partnerId}
            onChange={(event) => setPartnerId(event.target.value)}
          />
        )}
      </Field>
      <Field
        id={ID.team}
        label="Team"
        hint={
          partnerId && teams.length === 0 ? (
            <>
              Deze partnerorganisatie heeft nog geen teams. Voeg er een toe bij <Link href={`/beheer/partners/${partnerId}`}>de partnerorganisatie</Link>.
            </>
          ) : (
            "Een team van de gekozen partnerorganisatie. Deze naam ziet de inwoner na het aanmelden."
          )
        }
        error={error("team")}
      >
        {(control) => (
          <Select
            {...control}
            key={partnerId}
            name="team"
            options={teams.map((team) => ({ value: team, label: team }))}
            placeholder={partnerId ? "Maak een keuze" : "Kies eerst een partnerorganisatie"}
            defaultValue={partnerId === initial.partnerOrganisationId ? initial.team : ""}
          />
        )}
      </Field>
      <Field
        id={ID.priority}
        label="Prioriteit"
        hint={`Een getal van ${ROUTING_LIMITS.priority.min} tot en met ${ROUTING_LIMITS.priority.max}. Passen meer regels, dan wint het laagste getal.`}
        error={error("priority")}
      >
        {(control) => <TextInput {...control} name="priority" inputMode="numeric" width="short" defaultValue={initial.priority} maxLength={5} />}
      </Field>
      <Field
        id={ID.maxAge}
        label="Maximale leeftijd"
        hint="Alleen voor inwoners van deze leeftijd of jonger, bijvoorbeeld 26 voor het Doorstroompunt. Leeg: voor iedereen."
        optional
        error={error("maxAge")}
      >
        {(control) => <TextInput {...control} name="maxAge" inputMode="numeric" width="short" defaultValue={initial.maxAge} maxLength={3} />}
      </Field>
      <Field
        id={ID.normWorkingDays}
        label="Norm in werkdagen"
        hint="Binnen zoveel werkdagen pakt het team de aanmelding op. Daarna wordt zij geëscaleerd."
        error={error("normWorkingDays")}
      >
        {(control) => <TextInput {...control} name="normWorkingDays" inputMode="numeric" width="short" defaultValue={initial.normWorkingDays} maxLength={2} />}
      </Field>
      <Checkbox
        id={ID.active}
        name="active"
        label="Actief"
        hint="Alleen actieve regels sturen nieuwe aanmeldingen door."
        defaultChecked={initial.active}
        error={error("active")}
      />
      <div className="mt-6 flex flex-wrap gap-4">
        <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
          Opslaan
        </Button>
        <LinkButton href="/beheer/routering" variant="secondary">
          Annuleren
        </LinkButton>
      </div>
    </form>
  );
}
