import type { Actor } from "@/lib/auth/actor";

/** Employer start page: placements and check-ins to answer. Placeholder until its owner fills it in (issue 5). */
export async function PlacementsSummary({ actor }: { actor: Actor }) {
  void actor;
  return null;
}
