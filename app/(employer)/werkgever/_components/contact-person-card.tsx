import Image from "next/image";
import Link from "next/link";
import type { ContactPerson } from "@/lib/questions/get-contact-person";

/** The vaste contactpersoon: photo or initials, name, partner organisation, phone and email (E3). */
export function ContactPersonCard({ person }: { person: ContactPerson }) {
  return (
    <div className="flex flex-wrap items-start gap-5">
      {person.photoUrl ? (
        <Image src={person.photoUrl} alt={`Foto van ${person.name}`} width={96} height={96} unoptimized className="size-24 rounded-full object-cover" />
      ) : (
        <span aria-hidden="true" className="flex size-24 shrink-0 items-center justify-center rounded-full bg-brand text-3xl font-bold text-white">
          {person.initials}
        </span>
      )}
      <div className="min-w-0">
        <p className="text-xl font-bold">{person.name}</p>
        {person.jobTitle || person.partnerOrganisation ? (
          <p>{[person.jobTitle ?? "Accountmanager", person.partnerOrganisation].filter(Boolean).join(", ")}</p>
        ) : (
          <p>Accountmanager</p>
        )}
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {person.phone ? (
            <>
              <dt>Telefoon</dt>
              <dd>
                <a href={`tel:${person.phone.replace(/[^+\d]/g, "")}`}>{person.phone}</a>
              </dd>
            </>
          ) : null}
          <dt>E-mail</dt>
          <dd className="break-all">
            <a href={`mailto:${person.email}`}>{person.email}</a>
          </dd>
        </dl>
        <p className="mt-3">
          <Link href="/werkgever/vragen">Stel een vraag</Link> of <Link href="/werkgever/afspraken">maak een afspraak</Link>.
        </p>
      </div>
    </div>
  );
}
