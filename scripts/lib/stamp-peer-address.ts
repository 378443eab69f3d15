import type { IncomingMessage } from "node:http";
import { PEER_ADDRESS_HEADER } from "../../lib/security/throttle/client-address";

/**
 * Writes the TCP peer's address into the request for the per-client limits (lib/security/throttle/client-address.ts),
 * overwriting whatever a client sent under that header name.
 */
export function stampPeerAddress(request: IncomingMessage): void {
  const peer = request.socket.remoteAddress;
  if (peer) request.headers[PEER_ADDRESS_HEADER] = peer;
  else delete request.headers[PEER_ADDRESS_HEADER];
}
