import { formatLongDate } from "@/lib/time/amsterdam-time";

/** Where the request went, who contacts the resident and by when (J1); used after submitting and on the confirmation page. */
export function ConfirmationDetails({ partner, team, dueBy }: { partner: string; team: string; dueBy: Date }) {
  return (
    <dl className="space-y-3">
      <div>
        <dt className="font-semibold">Uw vraag is doorgestuurd naar</dt>
        <dd>
          {team} ({partner})
        </dd>
      </div>
      <div>
        <dt className="font-semibold">Wie neemt contact met u op?</dt>
        <dd>Een bemiddelaar van dit team belt of mailt u.</dd>
      </div>
      <div>
        <dt className="font-semibold">Wanneer?</dt>
        <dd>
          Wij nemen uiterlijk op <strong>{formatLongDate(new Date(dueBy))}</strong> contact met u op.
        </dd>
      </div>
    </dl>
  );
}
