/**
 * Factories for help requests (J1) and the routing rules they are routed by. Integration databases
 * start EMPTY: `ensureRoutingRules()` creates the partners and the 12 seeded rules of
 * prisma/seed/reference-data.ts (idempotent).
 *
 *   const { ruleIdOf } = await ensureRoutingRules();
 *   const request = await createHelpRequest({ candidateId, partnerCode: "GEMEENTE", dueBy: new Date(...) });
 */
import { randomUUID } from "node:crypto";
import type { HelpQuestion, HelpRequestStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { ROUTING_RULES } from "@/prisma/seed/reference-data";
import { ensurePartner } from "./candidates";

/** The seeded routing rules with their partners; `ruleIdOf("FIND_WORK", "GEMEENTE")` gives a rule's id. */
export async function ensureRoutingRules() {
  const ids = new Map<string, string>();
  for (const rule of ROUTING_RULES) {
    const partner = await ensurePartner(rule.partner);
    const maxAge = rule.maxAge ?? null;
    const existing = await prisma.routingRule.findFirst({ where: { question: rule.question, partnerOrganisationId: partner.id, maxAge } });
    if (!existing) await ensurePartnerTeam(partner.id, rule.team);
    const row =
      existing ??
      (await prisma.routingRule.create({
        data: { question: rule.question, partnerOrganisationId: partner.id, maxAge, team: rule.team, priority: rule.priority, normWorkingDays: 5 },
      }));
    ids.set(`${rule.question}/${rule.partner}`, row.id);
  }
  return { ruleIdOf: (question: HelpQuestion, partnerCode: string) => ids.get(`${question}/${partnerCode}`)! };
}

/** A help request stored directly (already routed), for queue, accept and escalation tests. */
export async function createHelpRequest(options: {
  candidateId: string;
  partnerCode?: string;
  team?: string;
  question?: HelpQuestion;
  status?: HelpRequestStatus;
  dueBy?: Date;
  createdAt?: Date;
  escalatedAt?: Date | null;
}) {
  const partner = await ensurePartner(options.partnerCode ?? "GEMEENTE");
  return prisma.helpRequest.create({
    data: {
      candidateId: options.candidateId,
      question: options.question ?? "NO_BENEFIT",
      partnerOrganisationId: partner.id,
      team: options.team ?? "Gemeente – team NUG (zonder uitkering)",
      status: options.status ?? "ROUTED",
      dueBy: options.dueBy ?? new Date(Date.now() + 7 * 86_400_000),
      createdAt: options.createdAt,
      escalatedAt: options.escalatedAt ?? null,
      submissionKey: randomUUID(),
    },
  });
}

/** A team of a partner (upserted); a routing rule can only name a team of its own partner. */
export async function ensurePartnerTeam(partnerOrganisationId: string, name: string) {
  return prisma.partnerTeam.upsert({
    where: { partnerOrganisationId_name: { partnerOrganisationId, name } },
    update: {},
    create: { partnerOrganisationId, name },
  });
}
