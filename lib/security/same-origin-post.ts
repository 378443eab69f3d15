import { trustedProxyHops } from "@/lib/security/throttle/client-address";

/**
 * CSRF defence for the upload route handlers (server actions have Next's own Origin check): only the portal's
 * own pages may post. The Origin must name this host, and a browser's Sec-Fetch-Site, when sent, must be
 * "same-origin" (a sibling subdomain is "same-site" and refused too). No server imports.
 */
export function isSameOriginPost(request: Request): boolean {
  if (request.method !== "POST") return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  // X-Forwarded-Host is a client's word unless a trusted proxy writes it (TRUSTED_PROXY_HOPS, decision 022).
  const forwardedHost = trustedProxyHops() > 0 ? request.headers.get("x-forwarded-host") : null;
  const host = forwardedHost ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
