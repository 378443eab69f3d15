import "server-only";
import { z } from "zod";

const smtpUrl = z
  .url({ error: "SMTP_URL moet een URL zijn, bijvoorbeeld smtp://gebruiker:wachtwoord@smtp.example.nl:587" })
  .refine((value) => ["smtp:", "smtps:"].includes(new URL(value).protocol), { error: "SMTP_URL moet met smtp:// of smtps:// beginnen" });

// "adres@example.nl" or "Naam <adres@example.nl>"
const mailFrom = z
  .string({ error: "MAIL_FROM ontbreekt (bijvoorbeeld: Werkcentrum <noreply@werkcentrum.nl>)" })
  .trim()
  .refine((value) => z.email().safeParse(value.match(/<([^<>]+)>$/)?.[1] ?? value).success, { error: "MAIL_FROM is geen geldig afzenderadres" });

export type MailConfig = { smtpUrl: string; from: string };

/**
 * The SMTP settings from the environment, validated: null when SMTP_URL is not set (mail then waits in
 * the outbox), an Error naming the variable when a value is malformed.
 */
export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  if (!env.SMTP_URL) return null;
  const parsed = z.object({ SMTP_URL: smtpUrl, MAIL_FROM: mailFrom }).safeParse(env);
  if (!parsed.success) throw new Error(`Ongeldige e-mailinstellingen: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  return { smtpUrl: parsed.data.SMTP_URL, from: parsed.data.MAIL_FROM };
}

/** True only where `npm start` runs the local SMTP catcher (demo mode without SMTP_URL); see /beheer/e-mail. */
export function isMailCatcherEnabled(): boolean {
  return process.env.MAIL_CATCHER === "on";
}

/** The portal's public address, for links in mail. */
export function portalBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PUBLIC_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
