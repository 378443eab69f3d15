type HeaderBag = Record<string, string | string[] | undefined> | undefined;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's IP address as the reverse proxy reports it. Only trustworthy behind a proxy that
 * overwrites X-Forwarded-For; a spoofed value only weakens the per-IP limit, never the per-account one.
 */
export function clientIpFrom(headers: HeaderBag): string | null {
  if (!headers) return null;
  const forwarded = first(headers["x-forwarded-for"])?.split(",")[0]?.trim();
  return forwarded || first(headers["x-real-ip"])?.trim() || null;
}
