import type { Actor } from "@/lib/auth/actor";

/** Mijn traject: warm handovers to a partner and their status. Placeholder until its owner fills it in (issue 5). */
export async function HandoversSection({ actor }: { actor: Actor }) {
  void actor;
  return null;
}
