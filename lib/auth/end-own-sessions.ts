import "server-only";
import type { Actor } from "./actor";
import { endAllSessions } from "./end-all-sessions";
import { assertCan } from "./permissions";

/** "Uitloggen op alle apparaten": the caller ends every one of their own sessions, this one included. */
export async function endOwnSessions({ actor }: { actor: Actor }): Promise<{ ended: true }> {
  assertCan(actor, "session.endAll", { userId: actor.userId });
  await endAllSessions(actor.userId);
  return { ended: true };
}
