import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";

export const TEST_PASSWORD = "Test-wachtwoord-2026!";

let sequence = 0;
let passwordHash: Promise<string> | undefined;

/** Unique per call, so tests never collide on unique columns. */
export function uniqueSuffix(): string {
  sequence += 1;
  return `${Date.now().toString(36)}-${sequence}`;
}

type UserOverrides = {
  role?: Role;
  email?: string;
  name?: string;
  password?: string;
  organisationId?: string | null;
  partnerOrganisationId?: string | null;
  disabledAt?: Date | null;
  /** Verified unless a test says otherwise (only self-registration makes an unverified account, decision 019). */
  emailVerifiedAt?: Date | null;
  sessionVersion?: number;
  phone?: string | null;
  focusAreas?: string[];
};

/** A user with TEST_PASSWORD (hashed once per file) unless another password is given. */
export async function createUser(overrides: UserOverrides = {}) {
  const role = overrides.role ?? "JOBSEEKER";
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = overrides.password ? await hashPassword(overrides.password) : await passwordHash;
  return prisma.user.create({
    data: {
      role,
      email: overrides.email ?? `${role.toLowerCase()}-${uniqueSuffix()}@test.werkcentrum.nl`,
      name: overrides.name ?? `Test ${role}`,
      passwordHash: hash,
      organisationId: overrides.organisationId ?? null,
      partnerOrganisationId: overrides.partnerOrganisationId ?? null,
      disabledAt: overrides.disabledAt ?? null,
      emailVerifiedAt: overrides.emailVerifiedAt === undefined ? new Date() : overrides.emailVerifiedAt,
      sessionVersion: overrides.sessionVersion ?? 0,
      phone: overrides.phone ?? null,
      focusAreas: overrides.focusAreas ?? [],
    },
  });
}
