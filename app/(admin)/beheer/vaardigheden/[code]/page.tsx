import type { Metadata } from "next";
import { orNotFound } from "@/app/_lib/or-not-found";
import { Alert, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatNumber } from "@/lib/format";
import { getSkill } from "@/lib/skills/get-skill";
import { skillKindLabel } from "@/lib/skills/labels";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { RenameSkillForm } from "../_components/rename-skill-form";
import { ActionButton } from "../../_components/action-button";
import { setSkillRetiredAction } from "../actions";

export const metadata: Metadata = { title: "Vaardigheid" };

export default async function SkillPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ opgeslagen?: string | string[] }> }) {
  const actor = await requirePortalActor("/beheer");
  const { code } = await params;
  const skill = await orNotFound(() => getSkill({ actor, code }));
  const saved = (await searchParams).opgeslagen === "1";

  return (
    <>
      <PageHeader title={skill.label} breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Vaardigheden", href: "/beheer/vaardigheden" }, { label: skill.label }]} />
      {saved ? <Alert tone="success" role="status" title="De vaardigheid is opgeslagen." /> : null}
      <dl className="mb-8 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Code</dt>
        <dd>{skill.code}</dd>
        <dt className="font-semibold">Soort</dt>
        <dd>{skillKindLabel(skill.kind)}</dd>
        <dt className="font-semibold">Beroepsklasse</dt>
        <dd>{skill.occupationClass ?? "Alle"}</dd>
        <dt className="font-semibold">Gebruikt bij</dt>
        <dd>
          {formatNumber(skill.vacancies)} {skill.vacancies === 1 ? "vacature" : "vacatures"} en {formatNumber(skill.candidates)}{" "}
          {skill.candidates === 1 ? "kandidaat" : "kandidaten"}
        </dd>
      </dl>

      <section aria-labelledby="naam-wijzigen" className="mb-10 max-w-2xl">
        <h2 id="naam-wijzigen" className="mb-4 text-2xl font-bold">Naam wijzigen</h2>
        <RenameSkillForm code={skill.code} label={skill.label} />
      </section>

      <section aria-labelledby="status" className="mb-10 max-w-2xl">
        <h2 id="status" className="mb-2 text-2xl font-bold">Status</h2>
        <p className="mb-4">
          {skill.retiredAt ? (
            <>
              <StatusBadge>Vervallen</StatusBadge> sinds {formatDutchDate(skill.retiredAt)}. Deze vaardigheid wordt niet meer aangeboden bij nieuwe
              vacatures, profielen en filters. Vacatures en profielen die haar hebben, houden haar en het matchen telt haar mee.
            </>
          ) : (
            <>
              <StatusBadge tone="success">In gebruik</StatusBadge> Laat u haar vervallen, dan wordt zij niet meer aangeboden bij nieuwe invoer. Vacatures
              en profielen die haar hebben, houden haar.
            </>
          )}
        </p>
        <ActionButton
          action={setSkillRetiredAction}
          input={{ code: skill.code, retired: skill.retiredAt === null }}
          label={skill.retiredAt ? "Weer in gebruik nemen" : "Laten vervallen"}
          context={skill.label}
        />
      </section>
    </>
  );
}
