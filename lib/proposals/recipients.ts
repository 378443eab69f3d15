import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The active EMPLOYER users of an organisation: who hears about proposals for its vacancies. */
export async function employerUserIds(tx: Tx, organisationId: string): Promise<string[]> {
  const users = await tx.user.findMany({ where: { role: "EMPLOYER", organisationId, disabledAt: null }, select: { id: true } });
  return users.map((user) => user.id);
}

export const candidateName = (candidate: { firstName: string; lastName: string }) => `${candidate.firstName} ${candidate.lastName}`;
