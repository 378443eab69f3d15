import type { Actor } from "@/lib/auth/actor";

/** Employer start page: proposals waiting for an answer. Placeholder until its owner fills it in (issue 5). */
export async function ProposalsSummary({ actor }: { actor: Actor }) {
  void actor;
  return null;
}
