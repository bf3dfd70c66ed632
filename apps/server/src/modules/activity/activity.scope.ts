import type { Prisma } from '../../generated/prisma/client.ts';
import type { ActivityFilter } from './activity.inputs.ts';

/** Starts (meetings, calls, emails) or is due (tasks) within [from, to). */
export function spanWhere(from: Date | null | undefined, to: Date | null | undefined): Prisma.ActivityWhereInput {
  if (!from && !to) return {};
  return {
    OR: [
      { kind: { not: 'TASK' }, ...(to ? { startAt: { lt: to } } : {}), ...(from ? { OR: [{ endAt: { gt: from } }, { endAt: null, startAt: { gte: from } }] } : {}) },
      { kind: 'TASK', dueAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } },
    ],
  };
}

export function activityFilterWhere(filter: ActivityFilter | null | undefined): Prisma.ActivityWhereInput[] {
  const where: Prisma.ActivityWhereInput[] = [{ deletedAt: null }];
  if (!filter) return where;
  if (filter.ownerId) where.push({ ownerId: filter.ownerId });
  if (filter.customerId) where.push({ customerId: filter.customerId });
  if (filter.opportunityId) where.push({ opportunityId: filter.opportunityId });
  if (filter.leadId) where.push({ leadId: filter.leadId });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.done != null) where.push({ done: filter.done });
  where.push(spanWhere(filter.from, filter.to));
  return where;
}
