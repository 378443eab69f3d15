import { randomUUID } from "node:crypto";
import type { QuestionTopic } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createOrganisation } from "./organisations";
import { createUser } from "./users";

/** The actor of a user as getActor() would load it. */
export function actorFor(user: { id: string; role: Actor["role"]; name: string; organisationId?: string | null; partnerOrganisationId?: string | null }): Actor {
  return { userId: user.id, role: user.role, name: user.name, organisationId: user.organisationId ?? null, partnerOrganisationId: user.partnerOrganisationId ?? null };
}

/** An accountmanager, an organisation they own, and an employer contact of that organisation. */
export async function createEmployerWithOwner(overrides: { ownerId?: string; legalName?: string } = {}) {
  const owner = overrides.ownerId
    ? await prisma.user.findUniqueOrThrow({ where: { id: overrides.ownerId } })
    : await createUser({ role: "ACCOUNT_MANAGER", name: "Anna Accountmanager" });
  const organisation = await createOrganisation({ ownerId: owner.id, legalName: overrides.legalName });
  const employer = await createUser({ role: "EMPLOYER", organisationId: organisation.id, name: "Erik Werkgever" });
  return { owner, organisation, employer, ownerActor: actorFor(owner), employerActor: actorFor(employer) };
}

/** A question stored directly (no notification), for read and answer tests. */
export async function createQuestion(data: {
  organisationId: string;
  askedById: string;
  topic?: QuestionTopic;
  text?: string;
  createdAt?: Date;
  answer?: string;
  answeredById?: string;
  answeredAt?: Date;
}) {
  return prisma.question.create({
    data: {
      organisationId: data.organisationId,
      askedById: data.askedById,
      topic: data.topic ?? "FIND_STAFF",
      text: data.text ?? "Hoe vind ik een goede monteur?",
      createdAt: data.createdAt,
      answer: data.answer,
      answeredById: data.answeredById,
      answeredAt: data.answeredAt,
      submissionKey: randomUUID(),
    },
  });
}
