import type { Actor } from "@/lib/auth/actor";

/** Mijn traject: consent requests and proposals made for me with their status. Placeholder until its owner fills it in (issue 5). */
export async function ProposalsSection({ actor }: { actor: Actor }) {
  void actor;
  return null;
}
