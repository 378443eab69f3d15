"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, Checkbox, ErrorSummary, Field, Select, TextInput } from "@/components/ui";
import { SEGMENTS, SEGMENT_LABELS, type OrganisationMasterDataInput } from "@/lib/organisations/master-data-schemas";
import { updateOrganisationMasterDataAction } from "../actions";

export type MasterDataDefaults = Omit<OrganisationMasterDataInput, "size"> & { size: number | null };

const IDS: Record<string, string> = {
  legalName: "legalName", tradeName: "tradeName", street: "street", houseNumber: "houseNumber", postcode: "postcode",
  city: "city", municipalityCode: "municipalityCode", segment: "segment", sector: "sector", size: "size",
  inclusiveEmployer: "inclusiveEmployer", preferredSupplier: "preferredSupplier", sbbRecognised: "sbbRecognised",
  phone: "phone", email: "email", website: "website",
};

const text = (data: FormData, name: string) => String(data.get(name) ?? "");

function toInput(organisationId: string, data: FormData): OrganisationMasterDataInput {
  const size = text(data, "size").trim();
  return {
    organisationId,
    legalName: text(data, "legalName"),
    tradeName: text(data, "tradeName"),
    street: text(data, "street"),
    houseNumber: text(data, "houseNumber"),
    postcode: text(data, "postcode"),
    city: text(data, "city"),
    municipalityCode: text(data, "municipalityCode"),
    segment: text(data, "segment") as OrganisationMasterDataInput["segment"],
    sector: text(data, "sector"),
    size: size === "" ? null : Number(size),
    inclusiveEmployer: data.get("inclusiveEmployer") === "1",
    preferredSupplier: data.get("preferredSupplier") === "1",
    sbbRecognised: data.get("sbbRecognised") === "1",
    phone: text(data, "phone"),
    email: text(data, "email"),
    website: text(data, "website"),
  };
}

/** Master data, segmentation and flags of one employer; only the owner (or ADMIN) gets here. */
export function MasterDataForm({ defaults, municipalities }: { defaults: MasterDataDefaults; municipalities: { code: string; name: string }[] }) {
  const router = useRouter();
  const id = defaults.organisationId;
  const form = useFormAction(updateOrganisationMasterDataAction, (data) => toInput(id, data), {
    onSuccess: () => router.push(`/professional/werkgevers/${id}?opgeslagen=1`),
  });
  const err = form.fieldError;

  return (
    <form method="post" noValidate onSubmit={form.onSubmit}>
      <ErrorSummary errors={form.summary(IDS)} />
      <h2 className="mb-4 text-2xl">Naam en adres</h2>
      <Field id="legalName" label="Statutaire naam" error={err("legalName")}>{(c) => <TextInput {...c} name="legalName" defaultValue={defaults.legalName} />}</Field>
      <Field id="tradeName" label="Handelsnaam" optional error={err("tradeName")}>{(c) => <TextInput {...c} name="tradeName" defaultValue={defaults.tradeName ?? ""} />}</Field>
      <div className="grid gap-x-6 sm:grid-cols-[2fr_1fr]">
        <Field id="street" label="Straat" error={err("street")}>{(c) => <TextInput {...c} name="street" autoComplete="address-line1" defaultValue={defaults.street} />}</Field>
        <Field id="houseNumber" label="Huisnummer" error={err("houseNumber")}>{(c) => <TextInput {...c} name="houseNumber" width="short" defaultValue={defaults.houseNumber} />}</Field>
      </div>
      <div className="grid gap-x-6 sm:grid-cols-[1fr_2fr]">
        <Field id="postcode" label="Postcode" hint="Bijvoorbeeld 1211 AB" error={err("postcode")}>{(c) => <TextInput {...c} name="postcode" autoComplete="postal-code" width="short" defaultValue={defaults.postcode} />}</Field>
        <Field id="city" label="Plaats" error={err("city")}>{(c) => <TextInput {...c} name="city" defaultValue={defaults.city} />}</Field>
      </div>
      <Field id="municipalityCode" label="Gemeente" hint="Kies 'Buiten de regio' voor een vestiging buiten Gooi en Vechtstreek." error={err("municipalityCode")}>
        {(c) => <Select {...c} name="municipalityCode" defaultValue={defaults.municipalityCode ?? ""} placeholder="Buiten de regio"
          options={municipalities.map((m) => ({ value: m.code, label: m.name }))} />}
      </Field>

      <h2 className="mt-8 mb-4 text-2xl">Segment en kenmerken</h2>
      <Field id="segment" label="Segment" error={err("segment")}>
        {(c) => <Select {...c} name="segment" defaultValue={defaults.segment} options={SEGMENTS.map((s) => ({ value: s, label: SEGMENT_LABELS[s] }))} />}
      </Field>
      <Field id="sector" label="Sector" optional hint="Bijvoorbeeld: Zorg en welzijn, Techniek, Handel." error={err("sector")}>{(c) => <TextInput {...c} name="sector" defaultValue={defaults.sector ?? ""} />}</Field>
      <Field id="size" label="Aantal medewerkers" optional error={err("size")}>{(c) => <TextInput {...c} name="size" inputMode="numeric" width="short" defaultValue={defaults.size ?? ""} />}</Field>
      <Checkbox id="inclusiveEmployer" name="inclusiveEmployer" value="1" defaultChecked={defaults.inclusiveEmployer} label="Inclusief werkgever (smaakmaker)" error={err("inclusiveEmployer")} />
      <Checkbox id="preferredSupplier" name="preferredSupplier" value="1" defaultChecked={defaults.preferredSupplier} label="Voorkeursleverancier" error={err("preferredSupplier")} />
      <Checkbox id="sbbRecognised" name="sbbRecognised" value="1" defaultChecked={defaults.sbbRecognised} label="Erkend leerbedrijf (SBB)" error={err("sbbRecognised")} />

      <h2 className="mt-8 mb-4 text-2xl">Algemene contactgegevens</h2>
      <Field id="phone" label="Telefoonnummer" optional error={err("phone")}>{(c) => <TextInput {...c} name="phone" type="tel" width="medium" defaultValue={defaults.phone ?? ""} />}</Field>
      <Field id="email" label="E-mailadres" optional error={err("email")}>{(c) => <TextInput {...c} name="email" type="email" defaultValue={defaults.email ?? ""} />}</Field>
      <Field id="website" label="Website" optional hint="Begint met https://" error={err("website")}>{(c) => <TextInput {...c} name="website" type="url" defaultValue={defaults.website ?? ""} />}</Field>

      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>Gegevens opslaan</Button>
    </form>
  );
}
