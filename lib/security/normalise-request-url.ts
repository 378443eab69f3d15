import { hasControlCharacters, stripControlCharacters } from "@/lib/forms/url-input";

/**
 * The first look at every address (proxy.ts, decision 026), before a page or route parses it: a path segment
 * with a control character names nothing (404); a GET whose query string carries control characters or a value
 * over 1000 characters is sent to the same address without them (the page then shows the cleaned search);
 * any other method with such a query is refused. The pages' parsers (lib/forms) apply the same rule again.
 */
export type UrlJudgement = { action: "next" } | { action: "redirect"; location: string } | { action: "notFound" } | { action: "badRequest" };

function decodedSegments(pathname: string): string[] | null {
  try {
    return pathname.split("/").map((segment) => decodeURIComponent(segment));
  } catch {
    return null; // Next answers an undecodable path itself (400)
  }
}

export function normaliseRequestUrl(method: string, url: URL): UrlJudgement {
  const segments = decodedSegments(url.pathname);
  if (segments?.some(hasControlCharacters)) return { action: "notFound" };
  if (url.search === "") return { action: "next" };

  let changed = false;
  const cleaned = new URLSearchParams();
  for (const [key, value] of url.searchParams) {
    const cleanKey = stripControlCharacters(key);
    const cleanValue = stripControlCharacters(value);
    if (cleanKey !== key || cleanValue !== value) changed = true;
    if (cleanKey !== "") cleaned.append(cleanKey, cleanValue);
  }
  if (!changed) return { action: "next" };
  if (method !== "GET" && method !== "HEAD") return { action: "badRequest" };
  const query = cleaned.toString();
  return { action: "redirect", location: `${url.pathname}${query ? `?${query}` : ""}` };
}
