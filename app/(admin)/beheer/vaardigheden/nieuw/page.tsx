import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findSkillOccupationClasses } from "@/lib/skills/get-skill";
import { NewSkillForm } from "../_components/new-skill-form";

export const metadata: Metadata = { title: "Vaardigheid toevoegen" };

export default async function NewSkillPage() {
  const actor = await requirePortalActor("/beheer");
  const occupationClasses = await findSkillOccupationClasses(actor);
  return (
    <>
      <PageHeader
        title="Vaardigheid toevoegen"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Vaardigheden", href: "/beheer/vaardigheden" }, { label: "Toevoegen" }]}
      />
      <div className="max-w-2xl">
        <NewSkillForm occupationClasses={occupationClasses} />
      </div>
    </>
  );
}
