type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined> | undefined | null;

/** The bucket every client shares when its address cannot be trusted (decision 022). */
export const UNKNOWN_CLIENT = "unknown";

/**
 * The portal's own server (scripts/serve.ts) writes the TCP peer's address into this header, replacing anything a
 * client sent under that name, and sets PEER_ADDRESS_STAMPED=on in its process. Only then is the header believed:
 * under a bare `next start` a client could send it itself.
 */
export const PEER_ADDRESS_HEADER = "x-werkcentrum-peer-address";
const MAX_HOPS = 10;

/**
 * TRUSTED_PROXY_HOPS: how many reverse proxies in front of the portal append to X-Forwarded-For. 0 (the
 * default, also for anything that is not a whole number from 0 to 10) ignores the forwarding headers entirely.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw || !/^\d+$/.test(raw)) return 0;
  const hops = Number(raw);
  return hops <= MAX_HOPS ? hops : 0;
}

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof headers.get === "function") return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  // Repeated headers arrive as a list; together they form one list of addresses in order.
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address for per-client limits. Behind N trusted proxies each appends the address it saw,
 * so the Nth entry from the right of X-Forwarded-For is the one the outermost proxy saw; everything to its
 * left was sent by the client and may be forged. With 0 hops the forwarding headers are ignored and the TCP peer
 * counts (as stamped by scripts/serve.ts); without a stamp, or with fewer entries than hops, all clients share one
 * bucket ("unknown"): rotating a forged header never buys a fresh limit.
 */
export function clientAddressFrom(
  headers: HeaderSource,
  hops: number = trustedProxyHops(),
  peerStamped: boolean = process.env.PEER_ADDRESS_STAMPED === "on",
): string {
  if (hops <= 0) {
    const peer = peerStamped ? headerValue(headers, PEER_ADDRESS_HEADER)?.trim() : undefined;
    return peer && peer.length <= 100 ? peer.toLowerCase() : UNKNOWN_CLIENT;
  }
  const entries = (headerValue(headers, "x-forwarded-for") ?? "").split(",").map((entry) => entry.trim());
  const address = entries.length >= hops ? entries[entries.length - hops] : undefined;
  return address && address.length <= 100 ? address.toLowerCase() : UNKNOWN_CLIENT;
}
