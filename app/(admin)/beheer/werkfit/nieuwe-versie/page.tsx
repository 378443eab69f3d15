import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getActiveWorkReadinessRule } from "@/lib/work-readiness/get-active-work-readiness-rule";
import { WorkReadinessRuleForm } from "../_components/work-readiness-rule-form";

export const metadata: Metadata = { title: "Werkfit-regel wijzigen" };

export default async function NewWorkReadinessRuleVersionPage() {
  await requirePortalActor("/beheer");
  const active = await getActiveWorkReadinessRule();
  return (
    <>
      <PageHeader
        title="Werkfit-regel wijzigen"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Werkfit-regel", href: "/beheer/werkfit" }, { label: "Nieuwe versie" }]}
        lead={`U maakt versie ${active.version + 1} van de regel; die wordt meteen actief. Versie ${active.version} en eerdere versies blijven bewaard, en beoordelingen die al gedaan zijn houden hun uitkomst.`}
      />
      <div className="max-w-3xl">
        <WorkReadinessRuleForm
          initial={{
            description: active.description,
            employeeSkills: [...active.employeeSkills],
            lifeDomains: [...active.lifeDomains],
            minEmployeeSkillScore: active.minEmployeeSkillScore,
            maxEmployeeSkillsBelow: active.maxEmployeeSkillsBelow,
            lowestAllowedBelowScore: active.lowestAllowedBelowScore,
            blockingLifeDomainScore: active.blockingLifeDomainScore,
          }}
        />
      </div>
    </>
  );
}
