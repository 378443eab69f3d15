-- The mail outbox (decision 015) and the demo-mode mailbox of the local SMTP catcher.
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

CREATE TABLE "MailMessage" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leasedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CaughtMail" (
    "id" TEXT NOT NULL,
    "envelopeFrom" TEXT NOT NULL,
    "envelopeTo" TEXT[],
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "rawSource" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaughtMail_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "MailMessage_dedupeKey_key" ON "MailMessage"("dedupeKey");
CREATE INDEX "MailMessage_status_nextAttemptAt_idx" ON "MailMessage"("status", "nextAttemptAt");
CREATE INDEX "CaughtMail_receivedAt_idx" ON "CaughtMail"("receivedAt");
