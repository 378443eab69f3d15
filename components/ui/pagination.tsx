import Link from "next/link";

/** "Vorige pagina · Pagina 2 van 5 · Volgende pagina" as a labelled navigation; works without JavaScript. */
export function Pagination({ page, pageCount, hrefFor, label = "Paginering" }: { page: number; pageCount: number; hrefFor: (page: number) => string; label?: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-x-6 gap-y-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              Vorige pagina<span className="sr-only"> ({page - 1} van {pageCount})</span>
            </Link>
          </li>
        ) : null}
        <li aria-current="page">
          Pagina {page} van {pageCount}
        </li>
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              Volgende pagina<span className="sr-only"> ({page + 1} van {pageCount})</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
