import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { normaliseEmail } from "@/lib/auth/login-throttle";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { hashEmailToken, newEmailToken } from "@/lib/email-verification/email-token";
import { issueEmailToken, mayIssueEmailToken } from "@/lib/email-verification/issue-email-token";
import { deliverMailSoon } from "@/lib/mail/deliver-mail-soon";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { renderMail } from "@/lib/mail/render-mail";
import { checkCurrentPassword, clearCurrentPasswordFailures } from "./current-password-check";
import { EMAIL_CHANGE_TOO_MANY_MESSAGE, SAME_EMAIL_MESSAGE } from "./messages";
import { changeEmailSchema } from "./schemas";

/** The notice to the address in use: no link, so a mail to a stolen mailbox cannot be used to undo anything. */
export function emailChangeNoticeMail(baseUrl?: string) {
  return renderMail(
    {
      subject: "Uw e-mailadres wordt gewijzigd",
      paragraphs: [
        "Er is gevraagd om voor uw account in het portaal van het Werkcentrum Gooi en Vechtstreek een ander e-mailadres te gebruiken.",
        "Het nieuwe adres gaat pas in als de link in de e-mail aan dat adres wordt geopend. Tot dan logt u in met dit adres.",
        "Heeft u dit niet zelf gevraagd? Log dan in, wijzig uw wachtwoord en neem contact op met het Werkcentrum.",
      ],
    },
    baseUrl,
  );
}

/**
 * "E-mailadres wijzigen" (issue 14 O2): with the current password. The new address is stored as pending
 * in a confirmation link mailed to it (it becomes the login address only when that link is opened,
 * lib/email-verification/confirm-email.ts); the address in use gets a notice. When another account has
 * the new address, the caller shows the same answer and nothing is stored or sent.
 */
export async function requestEmailChange({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<{ requested: true }> {
  assertCan(actor, "account.changeEmail", { userId: actor.userId });
  const parsed = await changeEmailSchema.parseAsync(input);
  const newEmail = normaliseEmail(parsed.newEmail);
  const user = await checkCurrentPassword(actor.userId, parsed.currentPassword, now);
  if (newEmail === user.email) throw new FieldInputError("newEmail", SAME_EMAIL_MESSAGE);

  const sent = await prisma.$transaction(async (tx) => {
    await clearCurrentPasswordFailures(tx, actor.userId);
    if (!(await mayIssueEmailToken(tx, { userId: actor.userId, purpose: "CHANGE", now }))) {
      throw new AppError("RATE_LIMITED", { userMessage: EMAIL_CHANGE_TOO_MANY_MESSAGE });
    }
    if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } })) {
      // Counted like a real request, so the limit cannot tell taken addresses from free ones; never usable or mailed.
      await tx.emailVerificationToken.create({
        data: { userId: actor.userId, purpose: "CHANGE", email: "", tokenHash: hashEmailToken(newEmailToken()), expiresAt: now, usedAt: now, createdAt: now },
      });
      return false;
    }
    // Only the newest link for a new address works.
    await tx.emailVerificationToken.updateMany({ where: { userId: actor.userId, purpose: "CHANGE", usedAt: null }, data: { usedAt: now } });
    await issueEmailToken(tx, { userId: actor.userId, email: newEmail, purpose: "CHANGE", now });
    await enqueueMail(tx, { dedupeKey: `email-change-notice:${actor.userId}:${now.getTime()}`, kind: "email.changeNotice", to: user.email, mail: emailChangeNoticeMail() });
    return true;
  });
  if (sent) deliverMailSoon();
  return { requested: true };
}
