import pg from "pg";
import { startMailCatcher } from "../../lib/mail/mail-catcher";
import { storeCaughtMail } from "../../lib/mail/store-caught-mail";

export type DemoMailbox = { env: Record<string, string>; close: () => Promise<void> };

/**
 * Demo mode's mailbox: an SMTP catcher in this process that stores what the portal sends in `CaughtMail`
 * (read at /beheer/e-mail), and the settings that point the portal at it. Used by `npm start` without
 * SMTP_URL and by the e2e server.
 */
export async function startDemoMailbox(databaseUrl: string, port = 0): Promise<DemoMailbox> {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const catcher = await startMailCatcher({ port, onMail: (message) => storeCaughtMail(db, message) });
  return {
    env: {
      SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
      MAIL_FROM: process.env.MAIL_FROM ?? "Werkcentrum Gooi en Vechtstreek <noreply@werkcentrum.localhost>",
      MAIL_CATCHER: "on",
    },
    close: async () => {
      await catcher.close().catch(() => undefined);
      await db.end().catch(() => undefined);
    },
  };
}
