import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl sm:text-4xl">Deze pagina bestaat niet</h1>
      <p className="mt-4 text-xl">De pagina is verplaatst of verwijderd, of het adres klopt niet.</p>
      <p className="mt-4">Wat kunt u doen?</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>Controleer het adres in de adresbalk.</li>
        <li>
          Ga naar de <Link href="/">startpagina</Link>.
        </li>
        <li>
          Zoekt u een regeling of subsidie? Kijk in de <Link href="/instrumenten">instrumentengids</Link>.
        </li>
      </ul>
    </div>
  );
}
