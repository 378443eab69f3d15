"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Select, Textarea } from "@/components/ui";
import type { TransferOwnershipInput } from "@/lib/organisations/master-data-schemas";
import { transferOwnershipAction } from "../actions";

const IDS = { toUserId: "nieuwe-eigenaar", reason: "reden-overdracht" };

/** Hand the employer to another active accountmanager; the transfer is logged. */
export function TransferForm({ organisationId, accountManagers }: { organisationId: string; accountManagers: { id: string; label: string }[] }) {
  const router = useRouter();
  const form = useFormAction(
    transferOwnershipAction,
    (data): TransferOwnershipInput => ({
      organisationId,
      toUserId: String(data.get("toUserId") ?? ""),
      reason: String(data.get("reason") ?? ""),
    }),
    { onSuccess: () => router.push(`/professional/werkgevers/${organisationId}?overgedragen=1`) },
  );

  return (
    <form method="post" noValidate onSubmit={form.onSubmit}>
      <ErrorSummary errors={form.summary(IDS)} />
      <Field id={IDS.toUserId} label="Nieuwe vaste accountmanager" error={form.fieldError("toUserId")}>
        {(c) => <Select {...c} name="toUserId" defaultValue="" placeholder="Kies een accountmanager"
          options={accountManagers.map((am) => ({ value: am.id, label: am.label }))} />}
      </Field>
      <Field id={IDS.reason} label="Reden" optional hint="Bijvoorbeeld: andere werkgebiedverdeling. Maximaal 500 tekens." error={form.fieldError("reason")}>
        {(c) => <Textarea {...c} name="reason" rows={3} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>Werkgever overdragen</Button>
    </form>
  );
}
