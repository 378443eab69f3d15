import { STATIC_SECURITY_HEADERS } from "./content-security-policy";

/** Headers of a route handler that runs outside proxy.ts (the upload routes): it sets the security headers itself. */
export const ROUTE_SECURITY_HEADERS: Record<string, string> = {
  ...STATIC_SECURITY_HEADERS,
  "Cache-Control": "private, no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
};

export function routeJson(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...ROUTE_SECURITY_HEADERS, "Content-Type": "application/json; charset=utf-8" } });
}
