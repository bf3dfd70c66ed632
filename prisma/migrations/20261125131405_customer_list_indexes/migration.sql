-- CreateIndex
CREATE INDEX "Customer_lifecycleStage_tier_ownerId_deletedAt_idx" ON "Customer"("lifecycleStage", "tier", "ownerId", "deletedAt");

-- CreateIndex
CREATE INDEX "Customer_lifecycleStage_updatedAt_id_idx" ON "Customer"("lifecycleStage", "updatedAt", "id");
