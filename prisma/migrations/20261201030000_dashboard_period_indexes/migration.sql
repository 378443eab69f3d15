-- Dashboard D1 (issue 6): each KPI aggregate reads one range of its period column.
CREATE INDEX "Proposal_sharedAt_idx" ON "Proposal"("sharedAt");
CREATE INDEX "Vacancy_createdAt_idx" ON "Vacancy"("createdAt");
CREATE INDEX "Question_createdAt_idx" ON "Question"("createdAt");
CREATE INDEX "ContactMoment_contactDate_idx" ON "ContactMoment"("contactDate");
CREATE INDEX "ContactMoment_followUpDueDate_idx" ON "ContactMoment"("followUpDueDate");
CREATE INDEX "AftercareCheck_dueDate_idx" ON "AftercareCheck"("dueDate");
CREATE INDEX "Handover_createdAt_idx" ON "Handover"("createdAt");
CREATE INDEX "SroiDelivery_deliveredOn_idx" ON "SroiDelivery"("deliveredOn");
