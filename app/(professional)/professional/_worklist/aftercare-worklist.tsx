import type { Actor } from "@/lib/auth/actor";

/** Work-list section: aftercare check-ins due or overdue, knelpunten and low scores. Placeholder until its owner fills it in (issue 5). */
export async function AftercareWorklist({ actor }: { actor: Actor }) {
  void actor;
  return null;
}
