import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EmailTokenPurpose } from "@/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { renderMail } from "@/lib/mail/render-mail";
import { EMAIL_TOKEN_LIFETIME_MS, EMAIL_TOKEN_LIMIT, EMAIL_TOKEN_PATH, hashEmailToken, newEmailToken } from "./email-token";

/** The confirmation mail: the link and nothing else about the account (decision 015). */
export function emailTokenMail(purpose: EmailTokenPurpose, token: string, baseUrl?: string) {
  const action = { label: "Bevestig mijn e-mailadres", path: `${EMAIL_TOKEN_PATH}/${token}` };
  const paragraphs =
    purpose === "REGISTRATION"
      ? [
          "U heeft zich aangemeld bij het portaal van het Werkcentrum Gooi en Vechtstreek.",
          "Bevestig uw e-mailadres met de link hieronder. Pas daarna komt wat u aanmeldt bij onze medewerkers. De link werkt 24 uur en maar één keer.",
          "Heeft u zich niet aangemeld? Dan hoeft u niets te doen.",
        ]
      : [
          "U heeft gevraagd om dit e-mailadres te gebruiken voor het portaal van het Werkcentrum Gooi en Vechtstreek.",
          "Met de link hieronder bevestigt u het. Daarna logt u in met dit adres. De link werkt 24 uur en maar één keer.",
          "Heeft u dit niet zelf gevraagd? Dan hoeft u niets te doen: er verandert niets.",
        ];
  return renderMail({ subject: "Bevestig uw e-mailadres", paragraphs, action }, baseUrl);
}

/** True when the account may get another confirmation mail of this purpose now (rate limit). */
export async function mayIssueEmailToken(
  tx: Prisma.TransactionClient,
  { userId, purpose, now }: { userId: string; purpose: EmailTokenPurpose; now: Date },
): Promise<boolean> {
  const recent = await tx.emailVerificationToken.count({
    where: { userId, purpose, createdAt: { gt: new Date(now.getTime() - EMAIL_TOKEN_LIMIT.windowMs) } },
  });
  return recent < EMAIL_TOKEN_LIMIT.maxPerWindow;
}

/**
 * Inside the caller's transaction: a new confirmation link for `email` (stored as its hash) and the mail
 * that carries it. The caller calls deliverMailSoon() after the commit: the person is waiting for it.
 */
export async function issueEmailToken(
  tx: Prisma.TransactionClient,
  { userId, email, purpose, now }: { userId: string; email: string; purpose: EmailTokenPurpose; now: Date },
): Promise<void> {
  const token = newEmailToken();
  const stored = await tx.emailVerificationToken.create({
    data: { userId, email, purpose, tokenHash: hashEmailToken(token), expiresAt: new Date(now.getTime() + EMAIL_TOKEN_LIFETIME_MS), createdAt: now },
    select: { id: true },
  });
  await enqueueMail(tx, { dedupeKey: `email-token:${stored.id}`, kind: `email.${purpose.toLowerCase()}`, to: email, mail: emailTokenMail(purpose, token) });
}
