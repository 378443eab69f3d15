import "server-only";
import type { EmployerSegment, QuestionTopic, VacancyStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan, can, ruleFor } from "@/lib/auth/permissions";
import { findOrganisationTimeline, type TimelineEntry } from "@/lib/contacts/find-organisation-timeline";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type EmployerPage = {
  id: string;
  kvkNumber: string;
  legalName: string;
  tradeName: string | null;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  municipalityCode: string | null;
  municipality: string | null;
  workArea: string | null;
  outsideRegion: boolean;
  segment: EmployerSegment;
  sector: string | null;
  size: number | null;
  inclusiveEmployer: boolean;
  preferredSupplier: boolean;
  sbbRecognised: boolean;
  phone: string | null;
  email: string | null;
  website: string | null;
  updatedAt: Date;
  owner: { id: string; name: string; email: string; phone: string | null };
  contacts: { id: string; name: string; email: string; phone: string | null }[];
  vacancies: { id: string; title: string; status: VacancyStatus; createdAt: Date }[];
  questions: { id: string; topic: QuestionTopic; createdAt: Date; answeredAt: Date | null }[];
  appointments: { id: string; startsAt: Date; endsAt: Date; location: string; subject: string; accountManager: string }[];
  timeline: TimelineEntry[];
  doubleApproachCount: number;
  transfers: { id: string; createdAt: Date; from: string; to: string; by: string; reason: string | null }[];
  isOwner: boolean;
  canEditMasterData: boolean;
  canTransferOwnership: boolean;
};

/**
 * Everything a professional sees about one employer (A1): master data, contacts, vacancies,
 * questions (topic and dates only), upcoming appointments and the contact timeline.
 * Throws NOT_FOUND when the employer does not exist or is outside the actor's scope.
 */
export async function getEmployerPage({ actor, organisationId, now = new Date() }: { actor: Actor; organisationId: string; now?: Date }): Promise<EmployerPage> {
  assertCan(actor, "employerRegister.read");
  const organisation = await prisma.organisation.findFirst({
    where: { AND: [{ id: organisationId }, organisationWhereFor(actor, "employerRegister.read")] },
    include: {
      municipality: { select: { name: true, workArea: { select: { name: true } } } },
      owner: { select: { id: true, name: true, email: true, phone: true } },
      contacts: { where: { role: "EMPLOYER", disabledAt: null }, select: { id: true, name: true, email: true, phone: true }, orderBy: { name: "asc" } },
      vacancies: { select: { id: true, title: true, status: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: 50 },
      questions: { select: { id: true, topic: true, createdAt: true, answeredAt: true }, orderBy: { createdAt: "desc" }, take: 50 },
      appointments: {
        where: { cancelledAt: null, slot: { endsAt: { gte: now } } },
        select: { id: true, subject: true, slot: { select: { startsAt: true, endsAt: true, location: true, accountManager: { select: { name: true } } } } },
        orderBy: { slot: { startsAt: "asc" } },
        take: 20,
      },
      ownershipTransfers: {
        select: { id: true, createdAt: true, reason: true, fromUser: { select: { name: true } }, toUser: { select: { name: true } }, byUser: { select: { name: true } } },
        orderBy: { createdAt: "desc" },
        take: 20,
      },
    },
  });
  if (!organisation) throw new AppError("NOT_FOUND");

  const [timeline, doubleApproachCount] = await Promise.all([
    findOrganisationTimeline({ actor, organisationId: organisation.id }),
    prisma.contactMoment.count({ where: { organisationId: organisation.id, isDoubleApproach: true } }),
  ]);
  const { municipality, owner, contacts, vacancies, questions, appointments, ownershipTransfers, ownerId, createdAt, ...fields } = organisation;
  const ownerRef = { employerOwnerId: ownerId };
  void createdAt;

  return {
    ...fields,
    municipality: municipality?.name ?? null,
    workArea: municipality?.workArea.name ?? null,
    owner,
    contacts,
    vacancies,
    questions,
    appointments: appointments.map(({ id, subject, slot }) => ({
      id,
      subject,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      location: slot.location,
      accountManager: slot.accountManager.name,
    })),
    timeline,
    doubleApproachCount,
    transfers: ownershipTransfers.map((t) => ({ id: t.id, createdAt: t.createdAt, reason: t.reason, from: t.fromUser.name, to: t.toUser.name, by: t.byUser.name })),
    isOwner: ownerId === actor.userId,
    // the full master-data form; a scope of contact details only (the employer's own) is not enough
    canEditMasterData: ruleFor(actor.role, "organisation.editMasterData") !== "ownOrganisationContactDetails" && can(actor, "organisation.editMasterData", ownerRef),
    canTransferOwnership: can(actor, "organisation.transferOwnership", ownerRef),
  };
}
