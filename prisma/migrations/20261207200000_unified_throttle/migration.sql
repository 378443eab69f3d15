-- Decision 022: one throttle table instead of five. The old rows only ever mattered for an hour.
DROP TABLE "LoginAttempt";
DROP TABLE "SecondFactorAttempt";
DROP TABLE "InvitationAttempt";
DROP TABLE "PasswordResetRequest";
DROP TABLE "CurrentPasswordFailure";

-- CreateEnum
CREATE TYPE "ThrottleOutcome" AS ENUM ('FAILURE', 'SUCCESS', 'REQUEST');

-- CreateTable
CREATE TABLE "ThrottleEvent" (
    "id" BIGSERIAL NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "outcome" "ThrottleOutcome" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThrottleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ThrottleEvent_scope_key_createdAt_idx" ON "ThrottleEvent"("scope", "key", "createdAt");

-- CreateIndex
CREATE INDEX "ThrottleEvent_createdAt_idx" ON "ThrottleEvent"("createdAt");
