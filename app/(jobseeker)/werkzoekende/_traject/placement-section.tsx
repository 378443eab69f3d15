import type { Actor } from "@/lib/auth/actor";

/** Mijn traject: my placement, its instruments and my aftercare check-ins. Placeholder until its owner fills it in (issue 5). */
export async function PlacementSection({ actor }: { actor: Actor }) {
  void actor;
  return null;
}
