import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createUser, uniqueSuffix } from "./users";

/** An active ADMIN and its actor, for the /beheer/gebruikers tests. */
export async function createAdmin() {
  const user = await createUser({ role: "ADMIN", name: `Beheerder ${uniqueSuffix()}` });
  const actor: Actor = { userId: user.id, role: "ADMIN", name: user.name, organisationId: null, partnerOrganisationId: null };
  return { user, actor };
}

/** A valid "account aanmaken" form for a new bemiddelaar with a fresh address and submission key. */
export function newAccountInput(overrides: Record<string, unknown> = {}) {
  return {
    name: "Nieuwe Bemiddelaar",
    email: `nieuw-${uniqueSuffix()}@test.werkcentrum.nl`,
    role: "JOB_MEDIATOR",
    partnerOrganisationId: "",
    workAreaIds: [],
    focusAreas: [],
    phone: "",
    submissionKey: crypto.randomUUID(),
    ...overrides,
  };
}

/** The plain token from the newest invitation mail to `email`, as the person receives it. */
export async function invitationTokenFromMail(email: string): Promise<string> {
  const mail = await prisma.mailMessage.findFirstOrThrow({ where: { toAddress: email, kind: "invitation" }, orderBy: { createdAt: "desc" } });
  const token = mail.textBody.match(/\/uitnodiging\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error("no invitation link in the mail");
  return token;
}
