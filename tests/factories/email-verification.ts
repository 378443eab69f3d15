import { confirmEmail } from "@/lib/email-verification/confirm-email";
import { prisma } from "@/lib/db";

/** The plain token of the newest confirmation link mailed to `email`, read from the outbox as the person reads the mail. */
export async function tokenFromLatestMail(email: string, kind: "email.registration" | "email.change" = "email.registration"): Promise<string> {
  const mail = await prisma.mailMessage.findFirstOrThrow({ where: { toAddress: email, kind }, orderBy: { createdAt: "desc" } });
  const token = mail.textBody.match(/\/e-mail-bevestigen\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error("no confirmation link in the mail");
  return token;
}

/** Opens the registration link mailed to `email` (decision 019): what the registration wrote reaches the professionals. */
export async function confirmRegistrationMail(email: string, options: { now?: Date } = {}) {
  return confirmEmail({ token: await tokenFromLatestMail(email) }, options);
}
