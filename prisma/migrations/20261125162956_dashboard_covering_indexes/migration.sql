-- DropIndex
DROP INDEX "Opportunity_deletedAt_closedAt_idx";

-- CreateIndex
CREATE INDEX "Opportunity_closed_period_cover_idx" ON "Opportunity"("closedAt", "stageId", "ownerId", "customerId", "currency", "amount", "probability", "createdAt", "id", "deletedAt");

-- CreateIndex
CREATE INDEX "Opportunity_open_period_cover_idx" ON "Opportunity"("expectedCloseDate", "stageId", "ownerId", "currency", "amount", "probability", "id", "deletedAt");
