import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, STATIC_SECURITY_HEADERS } from "@/lib/security/content-security-policy";
import { normaliseRequestUrl } from "@/lib/security/normalise-request-url";
import { refuseOversizedBody } from "@/lib/security/request-body-limit";

/** No route lives here (a folder starting with "_" is private), so a rewrite to it renders the ordinary 404 page. */
const NOWHERE = "/_niet-gevonden";

function plainRefusal(status: number, message: string): NextResponse {
  const response = new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

/**
 * Refuses what no page should parse — a body over 256 KB, an address with control characters (decision 026) — then
 * sets a per-request CSP nonce and the security headers. It does no authorization: that lives in every server
 * action and data query (see docs/decisions/003-authorization-layers.md).
 */
export function proxy(request: NextRequest) {
  const bodyRefusal = refuseOversizedBody(request.method, request.headers);
  if (bodyRefusal) return plainRefusal(bodyRefusal.status, bodyRefusal.message);
  const judgement = normaliseRequestUrl(request.method, request.nextUrl);
  if (judgement.action === "badRequest") return plainRefusal(400, "Het adres bevat tekens die niet zijn toegestaan.");
  if (judgement.action === "redirect") {
    const response = NextResponse.redirect(new URL(judgement.location, request.nextUrl), 308);
    for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
    return response;
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Lets redirect-only portal layouts send a visitor back here after logging in (?terug=).
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);

  const response =
    judgement.action === "notFound"
      ? NextResponse.rewrite(new URL(NOWHERE, request.nextUrl), { request: { headers: requestHeaders } })
      : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

// The upload routes (the CV: app/api/kandidaten/[id]/cv; the labour-market CSV: app/api/beheer/arbeidsmarkt) are
// left out: running the proxy makes Next buffer the request body first (up to proxyClientMaxBodySize, 256 KB), and
// those routes must read up to their own cap and refuse more without reading it. They set their own security headers.
export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon.ico|api/kandidaten/|api/beheer/arbeidsmarkt).*)" },
  ],
};
