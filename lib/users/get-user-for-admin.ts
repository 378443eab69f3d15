import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PROFESSIONAL_ACCOUNT_WHERE } from "./professional-account-where";
import type { ProfessionalRole, UserStatus } from "./schemas";
import { userStatusOf } from "./user-status";

export type InvitationState = { state: "open" | "verlopen" | "ingetrokken" | "gebruikt"; sentAt: Date; expiresAt: Date };

export type UserDetails = {
  id: string;
  name: string;
  email: string;
  role: ProfessionalRole;
  phone: string | null;
  focusAreas: string[];
  partnerOrganisationId: string | null;
  partnerOrganisation: string | null;
  workAreaIds: string[];
  workAreas: string[];
  status: UserStatus;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  isSelf: boolean;
  /** The newest invitation, if the account ever got one. */
  invitation: InvitationState | null;
  /** Employers and candidates this user still owns (they show in "zonder eigenaar" once the user is blocked). */
  ownedEmployers: number;
  ownedCandidates: number;
};

function invitationState(invitation: { createdAt: Date; expiresAt: Date; usedAt: Date | null; revokedAt: Date | null }, now: Date): InvitationState {
  const state = invitation.usedAt ? "gebruikt" : invitation.revokedAt ? "ingetrokken" : invitation.expiresAt <= now ? "verlopen" : "open";
  return { state, sentAt: invitation.createdAt, expiresAt: invitation.expiresAt };
}

/** One professional's account for /beheer/gebruikers/[id]; any other id (or role) is NOT_FOUND. */
export async function getUserForAdmin({ actor, userId }: { actor: Actor; userId: string }, options: { now?: Date } = {}): Promise<UserDetails> {
  assertCan(actor, "users.manage");
  const now = options.now ?? new Date();
  const user = await prisma.user.findFirst({
    where: { id: userId, ...PROFESSIONAL_ACCOUNT_WHERE },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      phone: true,
      focusAreas: true,
      passwordHash: true,
      disabledAt: true,
      lastLoginAt: true,
      createdAt: true,
      partnerOrganisation: { select: { id: true, name: true } },
      workAreas: { select: { workArea: { select: { id: true, name: true } } }, orderBy: { workArea: { name: "asc" } } },
      invitations: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true, expiresAt: true, usedAt: true, revokedAt: true } },
      _count: { select: { ownedOrganisations: true, ownedCandidates: { where: { anonymisedAt: null } } } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND");
  const latest = user.invitations[0];
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role as Extract<Role, ProfessionalRole>,
    phone: user.phone,
    focusAreas: user.focusAreas,
    partnerOrganisationId: user.partnerOrganisation?.id ?? null,
    partnerOrganisation: user.partnerOrganisation?.name ?? null,
    workAreaIds: user.workAreas.map((row) => row.workArea.id),
    workAreas: user.workAreas.map((row) => row.workArea.name),
    status: userStatusOf(user),
    disabledAt: user.disabledAt,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
    isSelf: user.id === actor.userId,
    invitation: latest ? invitationState(latest, now) : null,
    ownedEmployers: user._count.ownedOrganisations,
    ownedCandidates: user._count.ownedCandidates,
  };
}
