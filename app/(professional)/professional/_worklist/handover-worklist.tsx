import type { Actor } from "@/lib/auth/actor";

/** Work-list section: warm handovers waiting for the team, and the bemiddelaar's own handovers. Placeholder until its owner fills it in (issue 5). */
export async function HandoverWorklist({ actor }: { actor: Actor }) {
  void actor;
  return null;
}
