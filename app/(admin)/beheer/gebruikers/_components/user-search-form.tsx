import Link from "next/link";
import { Button, Field, Select, TextInput } from "@/components/ui";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Option } from "@/lib/users/find-account-form-options";
import { LAST_LOGIN_FILTERS, LAST_LOGIN_LABELS, PROFESSIONAL_ROLES, USER_STATUS_LABELS, USER_STATUSES, type UserSearch } from "@/lib/users/schemas";

/** A plain GET form: every search has its own URL and works without JavaScript. */
export function UserSearchForm({ search, partners }: { search: UserSearch; partners: Option[] }) {
  return (
    <form method="get" action="/beheer/gebruikers" role="search" aria-label="Gebruikers zoeken" className="mb-8 rounded-sm bg-surface p-5">
      <div className="grid gap-x-6 md:grid-cols-2">
        <Field id="zoek-gebruiker" label="Naam of e-mailadres" optional>
          {(control) => <TextInput {...control} name="q" defaultValue={search.q ?? ""} autoComplete="off" />}
        </Field>
        <Field id="filter-rol" label="Rol" optional>
          {(control) => (
            <Select {...control} name="rol" defaultValue={search.rol ?? ""} placeholder="Alle rollen" options={PROFESSIONAL_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} />
          )}
        </Field>
        <Field id="filter-partner" label="Partnerorganisatie" optional>
          {(control) => (
            <Select {...control} name="partner" defaultValue={search.partner ?? ""} placeholder="Alle partnerorganisaties" options={partners.map((p) => ({ value: p.id, label: p.name }))} />
          )}
        </Field>
        <Field id="filter-status" label="Status" optional>
          {(control) => (
            <Select {...control} name="status" defaultValue={search.status ?? ""} placeholder="Alle statussen" options={USER_STATUSES.map((status) => ({ value: status, label: USER_STATUS_LABELS[status] }))} />
          )}
        </Field>
        <Field id="filter-login" label="Laatst ingelogd" optional>
          {(control) => (
            <Select {...control} name="login" defaultValue={search.login ?? ""} placeholder="Maakt niet uit" options={LAST_LOGIN_FILTERS.map((value) => ({ value, label: LAST_LOGIN_LABELS[value] }))} />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Button type="submit">Zoeken</Button>
        <Link href="/beheer/gebruikers">Alle filters wissen</Link>
      </div>
    </form>
  );
}
