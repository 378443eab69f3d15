-- A double click or a resent SROI delivery report stores one delivery (the form's key, as for vacancies).
ALTER TABLE "SroiDelivery" ADD COLUMN "submissionKey" TEXT;
CREATE UNIQUE INDEX "SroiDelivery_submissionKey_key" ON "SroiDelivery"("submissionKey");
