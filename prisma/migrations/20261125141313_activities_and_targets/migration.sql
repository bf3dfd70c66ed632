-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('CALL', 'MEETING', 'TASK', 'EMAIL');

-- CreateEnum
CREATE TYPE "TargetPeriod" AS ENUM ('MONTH', 'QUARTER');

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "description" TEXT,
    "location" TEXT,
    "startAt" TIMESTAMP(3),
    "endAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "remindAt" TIMESTAMP(3),
    "done" BOOLEAN NOT NULL DEFAULT false,
    "completedAt" TIMESTAMP(3),
    "ownerId" TEXT NOT NULL,
    "customerId" TEXT,
    "contactId" TEXT,
    "opportunityId" TEXT,
    "leadId" TEXT,
    "partnerId" TEXT,
    "deletedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityAttendee" (
    "activityId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityAttendee_pkey" PRIMARY KEY ("activityId","userId")
);

-- CreateTable
CREATE TABLE "SalesTarget" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "departmentId" TEXT,
    "period" "TargetPeriod" NOT NULL,
    "periodStart" DATE NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SalesTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Activity_ownerId_deletedAt_startAt_idx" ON "Activity"("ownerId", "deletedAt", "startAt");

-- CreateIndex
CREATE INDEX "Activity_ownerId_deletedAt_done_dueAt_idx" ON "Activity"("ownerId", "deletedAt", "done", "dueAt");

-- CreateIndex
CREATE INDEX "Activity_deletedAt_remindAt_idx" ON "Activity"("deletedAt", "remindAt");

-- CreateIndex
CREATE INDEX "Activity_customerId_createdAt_idx" ON "Activity"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_opportunityId_createdAt_idx" ON "Activity"("opportunityId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_leadId_createdAt_idx" ON "Activity"("leadId", "createdAt");

-- CreateIndex
CREATE INDEX "ActivityAttendee_userId_startAt_endAt_idx" ON "ActivityAttendee"("userId", "startAt", "endAt");

-- CreateIndex
CREATE INDEX "SalesTarget_periodStart_period_idx" ON "SalesTarget"("periodStart", "period");

-- CreateIndex
CREATE INDEX "SalesTarget_userId_periodStart_idx" ON "SalesTarget"("userId", "periodStart");

-- CreateIndex
CREATE INDEX "SalesTarget_departmentId_periodStart_idx" ON "SalesTarget"("departmentId", "periodStart");

-- AddForeignKey
ALTER TABLE "ActivityAttendee" ADD CONSTRAINT "ActivityAttendee_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
