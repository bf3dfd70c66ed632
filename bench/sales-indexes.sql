-- Index proposals from the sales benchmark (bench/README.md, "Sales suite"), tried on the kept
-- panorama_bench_sales database (1M opportunities). Not in prisma/schema.prisma: see the report.
-- Apply:  psql postgres://postgres@127.0.0.1:5432/panorama_bench_sales -f bench/sales-indexes.sql
-- Undo:   the DROP INDEX lines at the end.
SET maintenance_work_mem = '256MB';

-- Board, top 50 per stage: ORDER BY rank, id under "stageId" = … AND "deletedAt" IS NULL.
-- The existing ("stageId", "deletedAt", rank, id) cannot give that order (IS NULL is not an
-- equality for pathkeys), so PostgreSQL sorts every live deal of the stage.
CREATE INDEX IF NOT EXISTS "Opportunity_stageId_rank_id_live_idx" ON "Opportunity" ("stageId", rank, id) WHERE "deletedAt" IS NULL;

-- Board totals per stage and currency, index-only (admin: all; manager: by owner).
CREATE INDEX IF NOT EXISTS "Opportunity_stageId_currency_amount_live_idx" ON "Opportunity" ("stageId", currency, amount) WHERE "deletedAt" IS NULL;
CREATE INDEX IF NOT EXISTS "Opportunity_ownerId_stageId_currency_amount_live_idx" ON "Opportunity" ("ownerId", "stageId", currency, amount) WHERE "deletedAt" IS NULL;

-- Dashboard, open deals by expected close date (pipelineByCloseMonth; the open half of funnel/forecast/unconverted), index-only.
CREATE INDEX IF NOT EXISTS "Opportunity_expectedCloseDate_cover_live_idx" ON "Opportunity" ("expectedCloseDate", "stageId", "ownerId", currency, amount, probability, id) WHERE "deletedAt" IS NULL;

-- Dashboard, deals closed in the period (winRateByOwner, revenueByMonth, topCustomers; the closed half of funnel/forecast/unconverted), index-only.
CREATE INDEX IF NOT EXISTS "Opportunity_closedAt_cover_live_idx" ON "Opportunity" ("closedAt", "stageId", "ownerId", "customerId", currency, amount, probability, "createdAt", id) WHERE "deletedAt" IS NULL;

VACUUM ANALYZE "Opportunity";

-- DROP INDEX "Opportunity_stageId_rank_id_live_idx", "Opportunity_stageId_currency_amount_live_idx",
--   "Opportunity_ownerId_stageId_currency_amount_live_idx", "Opportunity_expectedCloseDate_cover_live_idx", "Opportunity_closedAt_cover_live_idx";
