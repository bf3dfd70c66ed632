-- DropIndex
DROP INDEX "Opportunity_stageId_deletedAt_rank_id_idx";

-- CreateIndex
CREATE INDEX "Opportunity_stageId_rank_id_idx" ON "Opportunity"("stageId", "rank", "id");
