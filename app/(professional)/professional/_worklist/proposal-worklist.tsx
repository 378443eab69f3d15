import type { Actor } from "@/lib/auth/actor";

/** Work-list section: proposals that need the professional's attention. Placeholder until its owner fills it in (issue 5). */
export async function ProposalWorklist({ actor }: { actor: Actor }) {
  void actor;
  return null;
}
