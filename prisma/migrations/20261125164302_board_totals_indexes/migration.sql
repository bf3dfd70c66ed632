-- DropIndex
DROP INDEX "Opportunity_ownerId_deletedAt_stageId_idx";

-- CreateIndex
CREATE INDEX "Opportunity_ownerId_stageId_currency_amount_deletedAt_idx" ON "Opportunity"("ownerId", "stageId", "currency", "amount", "deletedAt");

-- CreateIndex
CREATE INDEX "Opportunity_stageId_currency_amount_deletedAt_idx" ON "Opportunity"("stageId", "currency", "amount", "deletedAt");
