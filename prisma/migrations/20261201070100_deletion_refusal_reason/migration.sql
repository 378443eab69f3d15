-- The reason ADMIN gives when refusing a deletion request, kept with the request (it was only in the notification and the audit entry).
ALTER TABLE "DeletionRequest" ADD COLUMN "refusalReason" TEXT;
