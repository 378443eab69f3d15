import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { CaughtMessage } from "./mail-catcher";

/**
 * Stores a mail the demo catcher received. Plain `pg` rather than the Prisma client, because the catcher
 * runs in the start script (scripts/start.ts), outside Next.
 */
export async function storeCaughtMail(db: pg.Pool | pg.Client, message: CaughtMessage): Promise<void> {
  await db.query(
    `INSERT INTO "CaughtMail" ("id", "envelopeFrom", "envelopeTo", "subject", "textBody", "rawSource") VALUES ($1, $2, $3, $4, $5, $6)`,
    [randomUUID(), message.envelopeFrom, message.envelopeTo, message.subject, message.text, message.raw],
  );
}
