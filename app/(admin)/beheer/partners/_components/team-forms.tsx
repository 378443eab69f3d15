"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { PARTNER_LIMITS } from "@/lib/partners/schemas";
import { createPartnerTeamAction, renamePartnerTeamAction } from "../actions";

/** Add a team to a partner organisation. */
export function AddTeamForm({ partnerOrganisationId }: { partnerOrganisationId: string }) {
  const router = useRouter();
  const form = useFormAction(createPartnerTeamAction, (data) => ({ partnerOrganisationId, name: String(data.get("name") ?? "") }), {
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate onSubmit={form.onSubmit} id="team-toevoegen" aria-label="Team toevoegen" className="mt-4">
      <ErrorSummary errors={form.summary({ name: "nieuw-team", partnerOrganisationId: "team-toevoegen" })} title="Het team is nog niet toegevoegd" />
      <Field id="nieuw-team" label="Naam van het nieuwe team" hint="Deze naam ziet de inwoner na het aanmelden." error={form.fieldError("name")}>
        {(control) => <TextInput {...control} name="name" maxLength={PARTNER_LIMITS.team.max} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Team toevoegen
      </Button>
    </form>
  );
}

/** Rename a team; its routing rules and the requests still waiting for it follow. */
export function RenameTeamForm({ teamId, name, index }: { teamId: string; name: string; index: number }) {
  const router = useRouter();
  const form = useFormAction(renamePartnerTeamAction, (data) => ({ teamId, name: String(data.get("name") ?? "") }), {
    onSuccess: () => router.refresh(),
  });
  const fieldId = `team-naam-${index}`;
  return (
    <form noValidate onSubmit={form.onSubmit} id={`team-${index}`} aria-label={`Team ${name} hernoemen`} className="mt-2">
      <ErrorSummary errors={form.summary({ name: fieldId, teamId: `team-${index}` })} title="De naam is nog niet gewijzigd" />
      <Field id={fieldId} label={`Nieuwe naam voor ${name}`} error={form.fieldError("name")}>
        {(control) => <TextInput {...control} name="name" defaultValue={name} maxLength={PARTNER_LIMITS.team.max} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.isPending} aria-busy={form.isPending}>
        Naam opslaan
      </Button>
    </form>
  );
}
