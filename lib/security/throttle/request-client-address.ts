import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "./client-address";

/** In a server action or page: this request's client address for per-client limits (TRUSTED_PROXY_HOPS). */
export async function requestClientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}
