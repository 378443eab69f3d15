import { UNAVAILABLE_BODY, UNAVAILABLE_RETRY, UNAVAILABLE_TITLE } from "../../lib/unavailable-messages";

/** The whole page sent with 503 while the database is unreachable: no script, no style, nothing that needs the database. */
export const UNAVAILABLE_PAGE_HTML = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${UNAVAILABLE_TITLE} | Werkcentrum Gooi en Vechtstreek</title>
</head>
<body>
<main>
<h1>${UNAVAILABLE_TITLE}</h1>
<p>${UNAVAILABLE_BODY}</p>
<p>${UNAVAILABLE_RETRY} <a href="">Opnieuw proberen</a></p>
<p>Werkcentrum Gooi en Vechtstreek</p>
</main>
</body>
</html>
`;

export const UNAVAILABLE_PAGE_HEADERS: Record<string, string> = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};
