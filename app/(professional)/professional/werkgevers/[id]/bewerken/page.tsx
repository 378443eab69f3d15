import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findEmployerRegisterOptions } from "@/lib/organisations/find-employer-register";
import { getEmployerPage } from "@/lib/organisations/get-employer-page";
import { orNotFound } from "@/app/_lib/or-not-found";
import { MasterDataForm } from "../../_components/master-data-form";

export const metadata: Metadata = { title: "Werkgeversgegevens bewerken" };

export default async function EditEmployerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  const [employer, options] = await Promise.all([
    orNotFound(() => getEmployerPage({ actor, organisationId: id })),
    findEmployerRegisterOptions({ actor }),
  ]);
  // Only the owner (or ADMIN) edits; everyone else sees "not found", the same as a missing employer.
  if (!employer.canEditMasterData) notFound();

  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Gegevens bewerken"
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: "Werkgeversregister", href: "/professional/werkgevers" },
          { label: employer.legalName, href: `/professional/werkgevers/${employer.id}` },
          { label: "Gegevens bewerken" },
        ]}
        lead={<>Stamgegevens, segment en kenmerken van {employer.legalName} (KvK-nummer {employer.kvkNumber}).</>}
      />
      <MasterDataForm
        municipalities={options.municipalities}
        defaults={{
          organisationId: employer.id,
          legalName: employer.legalName,
          tradeName: employer.tradeName,
          street: employer.street,
          houseNumber: employer.houseNumber,
          postcode: employer.postcode,
          city: employer.city,
          municipalityCode: employer.municipalityCode,
          segment: employer.segment,
          sector: employer.sector,
          size: employer.size,
          inclusiveEmployer: employer.inclusiveEmployer,
          preferredSupplier: employer.preferredSupplier,
          sbbRecognised: employer.sbbRecognised,
          phone: employer.phone,
          email: employer.email,
          website: employer.website,
        }}
      />
      <p className="mt-6"><Link href={`/professional/werkgevers/${employer.id}`}>Annuleren en terug naar de werkgever</Link></p>
    </div>
  );
}
