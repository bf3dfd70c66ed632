-- CreateEnum
CREATE TYPE "StageKind" AS ENUM ('OPEN', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "LeadStatus" AS ENUM ('NEW', 'WORKING', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED');

-- CreateEnum
CREATE TYPE "LeadSource" AS ENUM ('WEB_FORM', 'IMPORT', 'CAMPAIGN', 'REFERRAL', 'EVENT', 'API', 'OTHER');

-- AlterTable
ALTER TABLE "AuditLog" ALTER COLUMN "changes" SET DEFAULT '[]';

-- CreateTable
CREATE TABLE "PipelineStage" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "probability" INTEGER NOT NULL,
    "kind" "StageKind" NOT NULL DEFAULT 'OPEN',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PipelineStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "contactId" TEXT,
    "ownerId" TEXT,
    "stageId" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "probability" INTEGER NOT NULL,
    "expectedCloseDate" DATE NOT NULL,
    "competitors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "source" TEXT,
    "description" TEXT,
    "lostReason" TEXT,
    "closedAt" TIMESTAMP(3),
    "stageEnteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rank" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "partnerId" TEXT,
    "leadId" TEXT,
    "searchTokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "deletedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityStageChange" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "fromStageId" TEXT,
    "toStageId" TEXT NOT NULL,
    "secondsInFrom" INTEGER,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpportunityStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lead" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "company" TEXT,
    "title" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "source" "LeadSource" NOT NULL DEFAULT 'OTHER',
    "status" "LeadStatus" NOT NULL DEFAULT 'NEW',
    "disqualifyReason" TEXT,
    "ownerId" TEXT,
    "territoryId" TEXT,
    "description" TEXT,
    "convertedAt" TIMESTAMP(3),
    "convertedCustomerId" TEXT,
    "convertedContactId" TEXT,
    "convertedOpportunityId" TEXT,
    "searchTokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "deletedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Lead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CurrencyRate" (
    "currency" CHAR(3) NOT NULL,
    "rate" DECIMAL(18,8) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CurrencyRate_pkey" PRIMARY KEY ("currency")
);

-- CreateIndex
CREATE INDEX "PipelineStage_position_idx" ON "PipelineStage"("position");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_leadId_key" ON "Opportunity"("leadId");

-- CreateIndex
CREATE INDEX "Opportunity_stageId_deletedAt_rank_id_idx" ON "Opportunity"("stageId", "deletedAt", "rank", "id");

-- CreateIndex
CREATE INDEX "Opportunity_ownerId_deletedAt_stageId_idx" ON "Opportunity"("ownerId", "deletedAt", "stageId");

-- CreateIndex
CREATE INDEX "Opportunity_customerId_deletedAt_idx" ON "Opportunity"("customerId", "deletedAt");

-- CreateIndex
CREATE INDEX "Opportunity_deletedAt_updatedAt_id_idx" ON "Opportunity"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Opportunity_deletedAt_expectedCloseDate_id_idx" ON "Opportunity"("deletedAt", "expectedCloseDate", "id");

-- CreateIndex
CREATE INDEX "Opportunity_deletedAt_amount_id_idx" ON "Opportunity"("deletedAt", "amount", "id");

-- CreateIndex
CREATE INDEX "Opportunity_deletedAt_closedAt_idx" ON "Opportunity"("deletedAt", "closedAt");

-- CreateIndex
CREATE INDEX "Opportunity_partnerId_idx" ON "Opportunity"("partnerId");

-- CreateIndex
CREATE INDEX "Opportunity_searchTokens_idx" ON "Opportunity" USING GIN ("searchTokens");

-- CreateIndex
CREATE INDEX "OpportunityStageChange_opportunityId_changedAt_idx" ON "OpportunityStageChange"("opportunityId", "changedAt");

-- CreateIndex
CREATE INDEX "OpportunityStageChange_toStageId_changedAt_idx" ON "OpportunityStageChange"("toStageId", "changedAt");

-- CreateIndex
CREATE INDEX "Lead_ownerId_deletedAt_status_idx" ON "Lead"("ownerId", "deletedAt", "status");

-- CreateIndex
CREATE INDEX "Lead_deletedAt_status_createdAt_id_idx" ON "Lead"("deletedAt", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Lead_deletedAt_createdAt_id_idx" ON "Lead"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Lead_source_createdAt_idx" ON "Lead"("source", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_email_idx" ON "Lead"("email");

-- CreateIndex
CREATE INDEX "Lead_phone_idx" ON "Lead"("phone");

-- CreateIndex
CREATE INDEX "Lead_searchTokens_idx" ON "Lead" USING GIN ("searchTokens");

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "PipelineStage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityStageChange" ADD CONSTRAINT "OpportunityStageChange_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
