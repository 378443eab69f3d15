import "server-only";
import { isUsablePasswordHash } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { deliverMailSoon } from "@/lib/mail/deliver-mail-soon";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { renderMail } from "@/lib/mail/render-mail";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { normaliseEmail, throttleKey } from "@/lib/security/throttle/throttle-key";
import { admitRequest } from "@/lib/security/throttle/throttle-store";
import { hashResetToken, newResetToken, RESET_TOKEN_LIFETIME_MS } from "./reset-token";
import { requestPasswordResetSchema, type RequestPasswordResetInput } from "./schemas";

export type RequestPasswordResetResult = { outcome: "requested" } | { outcome: "throttled" };

/** The reset mail: the link and nothing else about the account (decision 015). */
export function passwordResetMail(token: string, baseUrl?: string) {
  return renderMail(
    {
      subject: "Uw wachtwoord herstellen",
      paragraphs: [
        "U heeft gevraagd om uw wachtwoord voor het portaal van het Werkcentrum te herstellen.",
        "Met de link hieronder kiest u een nieuw wachtwoord. De link werkt 30 minuten en maar één keer.",
        "Heeft u dit niet zelf gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.",
      ],
      action: { label: "Kies een nieuw wachtwoord", path: `/wachtwoord-herstellen/${token}` },
    },
    baseUrl,
  );
}

/**
 * "Wachtwoord vergeten" (issue 14 O2). The caller shows the same sentence whether or not the address has
 * an account; only an active account gets a token (stored as its hash) and, in the same transaction, a mail.
 */
export async function requestPasswordReset(
  { input, clientAddress }: { input: RequestPasswordResetInput; clientAddress: string },
  options: { now?: Date } = {},
): Promise<RequestPasswordResetResult> {
  const { email } = await requestPasswordResetSchema.parseAsync(input);
  const now = options.now ?? new Date();
  // Counted before the account is looked up, for known and unknown addresses alike: the limit reveals nothing.
  const admission = await admitRequest(
    [
      [THROTTLE.passwordResetAccount, throttleKey(THROTTLE.passwordResetAccount, normaliseEmail(email))],
      [THROTTLE.passwordResetClient, throttleKey(THROTTLE.passwordResetClient, clientAddress)],
    ],
    { now },
  );
  if (!admission.admitted) return { outcome: "throttled" };

  const user = await prisma.user.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, email: true, disabledAt: true, passwordHash: true },
  });
  // An invited account without a password gets its first one through the invitation only: a revoked
  // invitation must not be worked around with "wachtwoord vergeten".
  if (!user || user.disabledAt || !isUsablePasswordHash(user.passwordHash)) return { outcome: "requested" };

  const token = newResetToken();
  await prisma.$transaction(async (tx) => {
    const stored = await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(now.getTime() + RESET_TOKEN_LIFETIME_MS), createdAt: now },
      select: { id: true },
    });
    await enqueueMail(tx, { dedupeKey: `password-reset:${stored.id}`, kind: "password.reset", to: user.email, mail: passwordResetMail(token) });
  });
  deliverMailSoon();
  return { outcome: "requested" };
}
