import Link from "next/link";

/** Account area of the site header. Placeholder until login exists: always offers "Inloggen". */
export async function HeaderAccount() {
  return (
    <Link href="/inloggen" className="underline">
      Inloggen
    </Link>
  );
}
