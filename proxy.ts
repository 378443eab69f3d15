import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, STATIC_SECURITY_HEADERS } from "@/lib/security/content-security-policy";

/**
 * Sets a per-request CSP nonce and the security headers. It does no authorization: that lives in
 * every server action and data query (see docs/decisions/003-authorization-layers.md).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Lets redirect-only portal layouts send a visitor back here after logging in (?terug=).
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

// The CV route (app/api/kandidaten/[id]/cv) is left out: running the proxy makes Next buffer the
// whole request body first, and that route must refuse a 50 MB upload without reading it. It sets
// its own security headers.
export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon.ico|api/kandidaten/).*)" },
  ],
};
