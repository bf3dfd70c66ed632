import type { Prisma } from '../../generated/prisma/client.ts';
import { newId } from '../ids.ts';

type Tx = Prisma.TransactionClient;

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface AuditEntryInput {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  /** The customer whose timeline shows this entry. */
  customerId?: string | null;
  changes?: FieldChange[];
}

/** Writes one audit row; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Tx, entry: AuditEntryInput): Promise<void> {
  // eslint-disable-next-line no-restricted-syntax -- the audit writer is infrastructure every service calls inside its own transaction; it has no module to own a repository
  await tx.auditLog.create({
    data: {
      id: newId(),
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      customerId: entry.customerId ?? null,
      changes: (entry.changes ?? []) as unknown as Prisma.InputJsonValue,
    },
  });
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
