import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getActor } from "@/lib/auth/session";
import { startPageFor } from "@/lib/auth/start-page";
import { LogoutButton } from "./logout-button";

/** Account area of the site header: who is logged in and "Uitloggen", or an "Inloggen" link. */
export async function HeaderAccount() {
  const actor = await getActor();
  if (!actor) {
    return (
      <Link href="/inloggen" className="font-semibold underline underline-offset-2">
        Inloggen
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="m-0">
        <Link href={startPageFor(actor.role)} className="font-semibold underline underline-offset-2">
          {actor.name}
        </Link>
        <span className="block text-sm sm:ml-2 sm:inline">{ROLE_LABELS[actor.role]}</span>
      </p>
      <Link href="/account" className="underline underline-offset-2">Mijn account</Link>
      <LogoutButton />
    </div>
  );
}
