import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient } from '../../core/access/scoped-client.ts';
import { SharedEntity, type RecordShare } from './share.type.ts';

export type Tx = Prisma.TransactionClient;

/** The share's column naming each kind of record. */
export const SHARE_COLUMN = { CUSTOMER: 'customerId', OPPORTUNITY: 'opportunityId', CONTRACT: 'contractId' } as const satisfies Record<SharedEntity, string>;

type Row = { id: string; customerId: string | null; opportunityId: string | null; contractId: string | null; userId: string | null; departmentId: string | null; canEdit: boolean; createdById: string | null; createdAt: Date };

function toShare(row: Row): RecordShare {
  const entity = row.customerId ? SharedEntity.CUSTOMER : row.opportunityId ? SharedEntity.OPPORTUNITY : SharedEntity.CONTRACT;
  return { id: row.id, entity, recordId: (row.customerId ?? row.opportunityId ?? row.contractId)!, canEdit: row.canEdit, createdAt: row.createdAt, userId: row.userId, departmentId: row.departmentId, createdById: row.createdById };
}

/** Explicit shares (RecordShare). Reads follow the access rule of the shared record (core/access). */
export class ShareRepository {
  constructor(private readonly db: Db) {}

  /** The shares of records the scope sees, for a batch of records of one kind, oldest first. */
  async forRecords(scope: Scope, entity: SharedEntity, recordIds: readonly string[]): Promise<RecordShare[]> {
    const column = SHARE_COLUMN[entity];
    const rows = await scopedClient(this.db, scope).recordShare.findMany({
      where: { [column]: { in: [...recordIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toShare);
  }

  async findVisible(scope: Scope, id: string, tx?: Tx): Promise<RecordShare | null> {
    const row = await (tx ?? scopedClient(this.db, scope)).recordShare.findUnique({ where: { id } });
    return row ? toShare(row) : null;
  }

  /** Whether the record is shared read-write with the principal or a department it belongs to. */
  async editableThroughShare(scope: Scope, entity: SharedEntity, recordId: string, tx?: Tx): Promise<boolean> {
    return (await this.editableThroughShares(scope, entity, [recordId], tx)).has(recordId);
  }

  /** Which of these records are shared read-write with the principal or a department it belongs to. */
  async editableThroughShares(scope: Scope, entity: SharedEntity, recordIds: readonly string[], tx?: Tx): Promise<Set<string>> {
    const departments = [...(scope.departmentIds ?? [])];
    const column = SHARE_COLUMN[entity];
    const rows = await (tx ?? scopedClient(this.db, scope)).recordShare.findMany({
      where: {
        [column]: { in: [...recordIds] },
        canEdit: true,
        OR: [{ userId: scope.userId }, ...(departments.length ? [{ departmentId: { in: departments } }] : [])],
      },
      select: { [column]: true },
    });
    return new Set(rows.map((row) => (row as Record<string, string>)[column]!));
  }

  /** Creates the grant, or changes read-only/read-write when it exists (one per record and grantee). */
  async upsert(tx: Tx, data: { entity: SharedEntity; recordId: string; userId: string | null; departmentId: string | null; canEdit: boolean; createdById: string; id: string }): Promise<{ share: RecordShare; created: boolean; before: boolean | null }> {
    const column = SHARE_COLUMN[data.entity];
    const existing = await tx.recordShare.findFirst({
      where: { [column]: data.recordId, ...(data.userId ? { userId: data.userId } : { departmentId: data.departmentId }) },
    });
    if (existing) {
      const row = await tx.recordShare.update({ where: { id: existing.id }, data: { canEdit: data.canEdit } });
      return { share: toShare(row), created: false, before: existing.canEdit };
    }
    const row = await tx.recordShare.create({
      data: { id: data.id, [column]: data.recordId, userId: data.userId, departmentId: data.departmentId, canEdit: data.canEdit, createdById: data.createdById },
    });
    return { share: toShare(row), created: true, before: null };
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.recordShare.delete({ where: { id } });
  }

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }
}
