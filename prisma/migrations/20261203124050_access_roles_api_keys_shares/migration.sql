-- AlterTable
ALTER TABLE "User" ADD COLUMN     "accessRoleId" TEXT;

-- CreateTable
CREATE TABLE "AccessRole" (
    "id" TEXT NOT NULL,
    "key" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "forPartners" BOOLEAN NOT NULL DEFAULT false,
    "permissions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "visibility" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AccessRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordShare" (
    "id" TEXT NOT NULL,
    "customerId" TEXT,
    "opportunityId" TEXT,
    "contractId" TEXT,
    "userId" TEXT,
    "departmentId" TEXT,
    "canEdit" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordShare_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessRole_key_key" ON "AccessRole"("key");

-- CreateIndex
CREATE UNIQUE INDEX "AccessRole_name_key" ON "AccessRole"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_userId_createdAt_idx" ON "ApiKey"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "RecordShare_customerId_idx" ON "RecordShare"("customerId");

-- CreateIndex
CREATE INDEX "RecordShare_opportunityId_idx" ON "RecordShare"("opportunityId");

-- CreateIndex
CREATE INDEX "RecordShare_contractId_idx" ON "RecordShare"("contractId");

-- CreateIndex
CREATE INDEX "RecordShare_userId_idx" ON "RecordShare"("userId");

-- CreateIndex
CREATE INDEX "RecordShare_departmentId_idx" ON "RecordShare"("departmentId");

-- CreateIndex
CREATE INDEX "User_accessRoleId_idx" ON "User"("accessRoleId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_accessRoleId_fkey" FOREIGN KEY ("accessRoleId") REFERENCES "AccessRole"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordShare" ADD CONSTRAINT "RecordShare_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordShare" ADD CONSTRAINT "RecordShare_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordShare" ADD CONSTRAINT "RecordShare_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordShare" ADD CONSTRAINT "RecordShare_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordShare" ADD CONSTRAINT "RecordShare_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Built-in roles as core/auth/permissions.ts BUILT_IN_ROLES declares them (a test compares the two)
INSERT INTO "AccessRole" ("id", "key", "name", "forPartners", "permissions", "visibility", "updatedAt") VALUES
  ('00000000-0000-4000-8000-000000000001', 'ADMIN', 'Administrator', false, ARRAY['customer:read', 'customer:create', 'customer:update', 'customer:delete', 'customer:export', 'customer:claim', 'contact:read', 'contact:create', 'contact:update', 'contact:delete', 'contact:export', 'opportunity:read', 'opportunity:create', 'opportunity:update', 'opportunity:delete', 'lead:read', 'lead:create', 'lead:update', 'lead:delete', 'lead:convert', 'analytics:sales', 'target:manage', 'product:read', 'product:manage', 'quote:read', 'quote:create', 'quote:update', 'quote:delete', 'order:read', 'order:update', 'contract:read', 'contract:create', 'contract:update', 'contract:delete', 'commission:read', 'commission:manage', 'activity:read', 'activity:create', 'activity:update', 'activity:delete', 'user:read', 'admin:users', 'admin:sales', 'admin:departments', 'admin:settings', 'audit:read']::TEXT[], '{}'::jsonb, CURRENT_TIMESTAMP),
  ('00000000-0000-4000-8000-000000000002', 'SALES_MANAGER', 'Sales manager', false, ARRAY['customer:read', 'customer:create', 'customer:update', 'customer:claim', 'contact:read', 'contact:create', 'contact:update', 'contact:delete', 'opportunity:read', 'opportunity:create', 'opportunity:update', 'lead:read', 'lead:create', 'lead:update', 'lead:convert', 'analytics:sales', 'user:read', 'activity:read', 'activity:create', 'activity:update', 'product:read', 'quote:read', 'quote:create', 'quote:update', 'order:read', 'contract:read', 'contract:create', 'contract:update', 'commission:read', 'customer:delete', 'customer:export', 'contact:export', 'opportunity:delete', 'lead:delete', 'target:manage', 'activity:delete', 'product:manage', 'quote:delete', 'order:update', 'contract:delete']::TEXT[], '{}'::jsonb, CURRENT_TIMESTAMP),
  ('00000000-0000-4000-8000-000000000003', 'SALES_REP', 'Sales rep', false, ARRAY['customer:read', 'customer:create', 'customer:update', 'customer:claim', 'contact:read', 'contact:create', 'contact:update', 'contact:delete', 'opportunity:read', 'opportunity:create', 'opportunity:update', 'lead:read', 'lead:create', 'lead:update', 'lead:convert', 'analytics:sales', 'user:read', 'activity:read', 'activity:create', 'activity:update', 'product:read', 'quote:read', 'quote:create', 'quote:update', 'order:read', 'contract:read', 'contract:create', 'contract:update', 'commission:read']::TEXT[], '{}'::jsonb, CURRENT_TIMESTAMP),
  ('00000000-0000-4000-8000-000000000004', 'SERVICE_MANAGER', 'Service manager', false, ARRAY['customer:read', 'customer:update', 'contact:read', 'contact:create', 'contact:update', 'customer:export', 'contact:export', 'user:read', 'activity:read', 'activity:create', 'activity:update', 'activity:delete', 'product:read', 'order:read', 'contract:read', 'contract:create', 'contract:update']::TEXT[], '{"customer":"all","contract":"all"}'::jsonb, CURRENT_TIMESTAMP),
  ('00000000-0000-4000-8000-000000000005', 'SERVICE_AGENT', 'Service agent', false, ARRAY['customer:read', 'contact:read', 'contact:create', 'contact:update', 'user:read', 'activity:read', 'activity:create', 'activity:update', 'product:read', 'contract:read']::TEXT[], '{"customer":"all","contract":"all"}'::jsonb, CURRENT_TIMESTAMP),
  ('00000000-0000-4000-8000-000000000006', 'MARKETER', 'Marketer', false, ARRAY['customer:read', 'contact:read', 'customer:export', 'contact:export', 'lead:read', 'lead:create', 'lead:update', 'user:read', 'activity:read', 'activity:create', 'activity:update', 'product:read']::TEXT[], '{"customer":"all"}'::jsonb, CURRENT_TIMESTAMP),
  ('00000000-0000-4000-8000-000000000007', 'PARTNER', 'Partner member', true, ARRAY['customer:read', 'contact:read', 'contact:create', 'contact:update']::TEXT[], '{}'::jsonb, CURRENT_TIMESTAMP),
  ('00000000-0000-4000-8000-000000000008', 'PARTNER_ADMIN', 'Partner admin', true, ARRAY['customer:read', 'contact:read', 'contact:create', 'contact:update', 'opportunity:read']::TEXT[], '{}'::jsonb, CURRENT_TIMESTAMP);

-- A share names exactly one record and exactly one user or department
ALTER TABLE "RecordShare" ADD CONSTRAINT "RecordShare_one_record" CHECK (num_nonnulls("customerId", "opportunityId", "contractId") = 1);
ALTER TABLE "RecordShare" ADD CONSTRAINT "RecordShare_one_grantee" CHECK (num_nonnulls("userId", "departmentId") = 1);
CREATE UNIQUE INDEX "RecordShare_unique_grant" ON "RecordShare" (COALESCE("customerId", "opportunityId", "contractId"), COALESCE("userId", "departmentId"));
