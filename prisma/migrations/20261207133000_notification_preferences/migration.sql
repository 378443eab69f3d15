-- Which notifications mail whom (issue 14 O3, decision 020): each user's choice per kind (direct, daily digest,
-- off), the hour of their daily digest, and the record of what each digest covered.
CREATE TYPE "NotificationDelivery" AS ENUM ('DIRECT', 'DAILY', 'OFF');

CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

CREATE TABLE "NotificationSettings" (
    "userId" TEXT NOT NULL,
    "digestHour" INTEGER NOT NULL DEFAULT 8,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationSettings_pkey" PRIMARY KEY ("userId"),
    CONSTRAINT "NotificationSettings_digestHour_check" CHECK ("digestHour" BETWEEN 0 AND 23)
);

CREATE TABLE "NotificationDigestEntry" (
    "notificationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "digestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationDigestEntry_pkey" PRIMARY KEY ("notificationId")
);

CREATE TABLE "NotificationDigest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "amsterdamDate" CHAR(10) NOT NULL,
    "mailed" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationDigest_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "NotificationDigestEntry_digestId_userId_idx" ON "NotificationDigestEntry"("digestId", "userId");

CREATE UNIQUE INDEX "NotificationDigest_userId_amsterdamDate_key" ON "NotificationDigest"("userId", "amsterdamDate");

ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "NotificationSettings" ADD CONSTRAINT "NotificationSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "NotificationDigestEntry" ADD CONSTRAINT "NotificationDigestEntry_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "NotificationDigestEntry" ADD CONSTRAINT "NotificationDigestEntry_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "NotificationDigest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "NotificationDigest" ADD CONSTRAINT "NotificationDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
