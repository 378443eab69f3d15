import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { initialsOf } from "./initials";

export type ContactPerson = {
  name: string;
  initials: string;
  photoUrl: string | null;
  jobTitle: string | null;
  phone: string | null;
  email: string;
  partnerOrganisation: string | null;
};

export type EmployerContact = { organisationName: string; contactPerson: ContactPerson | null };

/** The employer's organisation and its vaste contactpersoon, the owner accountmanager (E3). */
export async function getContactPerson(actor: Actor): Promise<EmployerContact | null> {
  assertCan(actor, "question.ask");
  const organisation = await prisma.organisation.findFirst({
    where: organisationWhereFor(actor, "question.ask"),
    select: {
      legalName: true,
      tradeName: true,
      owner: {
        select: {
          name: true,
          photoUrl: true,
          jobTitle: true,
          phone: true,
          email: true,
          disabledAt: true,
          partnerOrganisation: { select: { name: true } },
        },
      },
    },
  });
  if (!organisation) return null;
  const owner = organisation.owner;
  return {
    organisationName: organisation.tradeName ?? organisation.legalName,
    contactPerson: owner.disabledAt
      ? null
      : {
          name: owner.name,
          initials: initialsOf(owner.name),
          photoUrl: owner.photoUrl,
          jobTitle: owner.jobTitle,
          phone: owner.phone,
          email: owner.email,
          partnerOrganisation: owner.partnerOrganisation?.name ?? null,
        },
  };
}
