import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { deliverMailSoon } from "@/lib/mail/deliver-mail-soon";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { renderMail } from "@/lib/mail/render-mail";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { throttleKey } from "@/lib/security/throttle/throttle-key";
import { admitRequest } from "@/lib/security/throttle/throttle-store";

/** The mail to the owner of an address someone tried to register with: what happened and what to do, nothing else. */
export function registrationAttemptMail() {
  return renderMail({
    subject: "Iemand probeerde zich aan te melden met uw e-mailadres",
    paragraphs: [
      "Zojuist is geprobeerd een nieuw account aan te maken bij het portaal van het Werkcentrum met uw e-mailadres. Er is al een account met dit adres, dus er is niets aangemaakt.",
      "Was u dat zelf? Log dan in met uw bestaande account. Weet u uw wachtwoord niet meer? Kies dan op de inlogpagina voor \"Wachtwoord vergeten\".",
      "Was u dat niet? Dan hoeft u niets te doen. Er is niets aan uw account veranderd.",
    ],
    action: { label: "Wachtwoord vergeten?", path: "/wachtwoord-vergeten" },
  });
}

/**
 * Finding 15.3: a registration with an address that already has an account creates nothing and answers the
 * visitor exactly as a new registration does; the owner is told by mail instead (outbox, one transaction). At
 * most a few such mails per address a day, so nobody can flood an inbox through the form.
 */
export async function tellOwnerOfRegistrationAttempt({ email, submissionKey, now }: { email: string; submissionKey?: string; now: Date }): Promise<void> {
  // The form's key makes a double submit one mail; a form without one relies on the daily cap.
  const attempt = submissionKey ?? randomUUID();
  const queued = await prisma.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
    if (!owner) return false;
    const notice = THROTTLE.registrationNoticeAccount;
    const admission = await admitRequest([[notice, throttleKey(notice, owner.id)]], { db: tx, now });
    if (!admission.admitted) return false;
    return enqueueMail(tx, {
      dedupeKey: `registration-attempt:${owner.id}:${attempt}`,
      kind: "account.registrationAttempt",
      to: owner.email,
      mail: registrationAttemptMail(),
    });
  });
  if (queued) deliverMailSoon();
}
