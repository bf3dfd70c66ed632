import type { Prisma } from '../../generated/prisma/client.ts';
import { systemClient } from '../access/scoped-client.ts';

type Tx = Prisma.TransactionClient;
export type OutboxEventRow = Prisma.OutboxEventGetPayload<object>;

/**
 * Reading the outbox, for its subscribers (webhooks): events no subscriber has planned yet,
 * oldest first, locked so that another process dispatching at the same time skips them.
 * A subscriber decides per principal what an event may reveal; nothing here looks at scope.
 */
export function claimUndispatched(tx: Tx, limit: number): Promise<OutboxEventRow[]> {
  const system = systemClient(tx, 'the outbox is read whole by its dispatcher, which checks each subscriber’s access');
  return system.$queryRaw<OutboxEventRow[]>`
    SELECT * FROM "OutboxEvent" WHERE "dispatchedAt" IS NULL ORDER BY seq LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
}

/** Whether any event waits for its dispatcher (a cheap look before the dispatcher's real work). */
export async function hasUndispatched(db: Tx): Promise<boolean> {
  const system = systemClient(db, 'the dispatcher looks whether the outbox holds anything new');
  return (await system.outboxEvent.findFirst({ where: { dispatchedAt: null }, select: { id: true } })) !== null;
}

/** Marks events planned, in the dispatcher's transaction. */
export async function markDispatched(tx: Tx, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  const system = systemClient(tx, 'the dispatcher marks the events it planned');
  await system.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { dispatchedAt: at } });
}

/** Deletes planned events older than `before` (the audit log keeps the history); how many. */
export async function pruneDispatched(db: Tx, before: Date): Promise<number> {
  const system = systemClient(db, 'outbox upkeep: planned events of every record are no longer needed');
  const { count } = await system.outboxEvent.deleteMany({ where: { dispatchedAt: { lt: before } } });
  return count;
}
