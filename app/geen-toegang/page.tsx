import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/session";
import { startPageFor } from "@/lib/auth/start-page";

export const metadata: Metadata = { title: "Geen toegang" };

/** Where portal layouts send someone whose role may not open that portal. */
export default async function NoAccessPage() {
  const actor = await getActor();
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 text-lg">
      <h1 className="mb-4 text-3xl font-bold">Geen toegang</h1>
      <p className="mb-6">U heeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? Neem dan contact op met het Werkcentrum.</p>
      <ul className="list-disc space-y-2 pl-6">
        {actor && (
          <li>
            <Link href={startPageFor(actor.role)} className="underline underline-offset-2">
              Naar uw startpagina
            </Link>
          </li>
        )}
        <li>
          <Link href="/" className="underline underline-offset-2">
            Naar de homepagina
          </Link>
        </li>
      </ul>
    </div>
  );
}
