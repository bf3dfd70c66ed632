import type { Prisma } from '../../generated/prisma/client.ts';
import { systemClient } from '../access/scoped-client.ts';
import { newId } from '../ids.ts';
import { eventsOf } from './event-types.ts';

type Tx = Prisma.TransactionClient;

/**
 * The change path: every create, update, delete and state change of a record is recorded
 * here, inside the transaction that makes it, as one audit row (which is also the
 * customer's timeline entry) and its domain events in the outbox (`customer.updated`,
 * `opportunity.stage_changed`, …). Nothing else writes audit rows or events (a lint rule
 * keeps it so); webhooks and other subscribers read the outbox.
 */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface Change {
  /** The user who made it; null for the system (sweeps, imports of the scheduler). */
  actorId: string | null;
  /** What happened, in capitals: CREATED, UPDATED, DELETED, ACCEPTED, STAGE_CHANGED, … */
  action: string;
  /** The model the change is about (an access-rule model name). */
  entity: string;
  entityId: string;
  /** The customer whose timeline shows this entry. */
  customerId?: string | null;
  changes?: FieldChange[];
  /** When it happened, for history written after the fact (demo data); now by default. */
  at?: Date;
}

/** Records one change (audit row, timeline entry and events); call it inside the change's transaction. */
export function recordChange(tx: Tx, change: Change): Promise<void> {
  return recordChanges(tx, [change]);
}

/** Records many changes in two statements (bulk work: imports, sweeps). */
export async function recordChanges(tx: Tx, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  const system = systemClient(tx, 'the change path writes the audit row and the outbox events of a change the caller already made');
  const now = new Date();
  const audits: Prisma.AuditLogCreateManyInput[] = [];
  const events: Prisma.OutboxEventCreateManyInput[] = [];
  for (const change of changes) {
    const id = newId();
    const createdAt = change.at ?? now;
    const fields = (change.changes ?? []) as unknown as Prisma.InputJsonValue;
    const common = { entity: change.entity, entityId: change.entityId, customerId: change.customerId ?? null, actorId: change.actorId, changes: fields, createdAt };
    audits.push({ id, action: change.action, ...common });
    // the first event shares the audit row's id: a subscriber can find the entry it came from
    eventsOf(change).forEach((type, i) => events.push({ id: i === 0 ? id : newId(), type, ...common }));
  }
  await system.auditLog.createMany({ data: audits });
  await system.outboxEvent.createMany({ data: events });
}

function display(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The fields of `next` whose value differs from `before`, as display strings. */
export function diffFields(before: Record<string, unknown>, next: Record<string, unknown>, ignore: string[] = []): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(next)) {
    if (value === undefined || ignore.includes(field)) continue;
    const from = display(before[field]);
    const to = display(value);
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}
