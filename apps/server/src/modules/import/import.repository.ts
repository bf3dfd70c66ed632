import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import type { ColumnMapping } from '../../core/import/import-mapping.ts';

export type Tx = Prisma.TransactionClient;
export type RecordRow = Record<string, unknown> & { id: string; version: number };

/** The calls import makes on an entity's model (customer, contact, lead, product): the same on each. */
interface ModelDelegate {
  findMany(args: { where: object }): Promise<RecordRow[]>;
  createMany(args: { data: object[] }): Promise<{ count: number }>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
  deleteMany(args: { where: object }): Promise<{ count: number }>;
}

/** Model and field names come from the import definitions, never from the file; checked anyway. */
function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return `"${name}"`;
}

const delegate = (client: Tx, model: string) => (client as unknown as Record<string, ModelDelegate>)[model]!;

/** One match lookup: every record whose key (or external id) one of the rows names. */
export interface MatchQuery {
  externalIds: string[];
  emails: string[];
  names: string[];
  phones: string[];
}

/** Import batches, their records and saved mappings; and the bulk reads and writes an import makes on an entity. */
export class ImportRepository {
  constructor(private readonly db: Db) {}

  /** One transaction for a whole import or undo (50k rows take a while: a generous timeout). */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn, { timeout: 300_000, maxWait: 20_000 });
  }

  /**
   * Records that rows match, visible or not: a row naming a record the importer may not
   * change must fail (not create a duplicate, nor silently skip), so matching sees every record.
   */
  findMatches(tx: Tx, model: string, q: MatchQuery): Promise<RecordRow[]> {
    const or: object[] = [];
    if (q.externalIds.length) or.push({ externalId: { in: q.externalIds } });
    if (q.emails.length) or.push({ email: { in: q.emails } });
    if (q.names.length) or.push({ name: { in: q.names }, phone: { in: q.phones } });
    if (or.length === 0) return Promise.resolve([]);
    const system = systemClient(tx, 'import matches rows against every record, then refuses those the importer may not change');
    return delegate(system, model).findMany({ where: { OR: or } });
  }

  /**
   * Inserts new records with one statement per set of filled columns: the rows travel as one
   * JSON parameter read by jsonb_populate_recordset (Prisma's createMany binds a parameter per
   * cell and took about three times as long for 1,000 customers). Columns a row leaves out
   * get the table's defaults.
   */
  async createMany(tx: Tx, model: string, rows: Record<string, unknown>[]): Promise<void> {
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) {
      const key = Object.keys(row).filter((k) => row[k] !== undefined).sort().join(',');
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    const table = Prisma.raw(quoteIdentifier(model.charAt(0).toUpperCase() + model.slice(1)));
    for (const [key, group] of groups) {
      const columns = Prisma.raw(key.split(',').map(quoteIdentifier).join(', '));
      await systemClient(tx, 'an insert has no rows to filter by visibility; the service checked the importer may create them').$executeRaw`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, ${JSON.stringify(group)}::jsonb)`;
    }
  }

  /** Updates a record at `version` (bumping it); false when it moved meanwhile or is out of scope. */
  async updateVersioned(tx: Tx, model: string, id: string, version: number, data: object): Promise<boolean> {
    const { count } = await delegate(tx, model).updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  findByIds(tx: Tx, model: string, ids: string[]): Promise<RecordRow[]> {
    return delegate(tx, model).findMany({ where: { id: { in: ids } } });
  }

  async deleteByIds(tx: Tx, model: string, ids: string[]): Promise<void> {
    if (ids.length) await delegate(tx, model).deleteMany({ where: { id: { in: ids } } });
  }

  async createBatch(tx: Tx, data: Prisma.ImportBatchUncheckedCreateInput): Promise<void> {
    await tx.importBatch.create({ data });
  }

  async addBatchRecords(tx: Tx, data: Prisma.ImportBatchRecordCreateManyInput[]): Promise<void> {
    if (data.length) await tx.importBatchRecord.createMany({ data });
  }

  async finishBatch(tx: Tx, id: string, counts: { created: number; updated: number; unchanged: number; skipped: number }): Promise<void> {
    await tx.importBatch.update({ where: { id }, data: counts });
  }

  findBatch(tx: Tx, id: string) {
    return tx.importBatch.findUnique({ where: { id } });
  }

  /** Locks the batch row, so two undos of one batch run one after the other. */
  async lockBatch(tx: Tx, id: string): Promise<void> {
    await tx.importBatch.updateMany({ where: { id }, data: {} });
  }

  batchRecords(tx: Tx, batchId: string) {
    return tx.importBatchRecord.findMany({ where: { batchId } });
  }

  async markUndone(tx: Tx, id: string): Promise<void> {
    await tx.importBatch.update({ where: { id }, data: { undoneAt: new Date() } });
  }

  listBatches(scope: Scope, entity: string, take: number) {
    return scopedClient(this.db, scope).importBatch.findMany({ where: { entity }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take });
  }

  getBatch(scope: Scope, id: string) {
    return scopedClient(this.db, scope).importBatch.findUnique({ where: { id } });
  }

  async savedMapping(scope: Scope, userId: string, entity: string): Promise<ColumnMapping> {
    const row = await scopedClient(this.db, scope).importMapping.findUnique({ where: { userId_entity: { userId, entity } } });
    return (row?.mapping ?? {}) as ColumnMapping;
  }

  async saveMapping(tx: Tx, userId: string, entity: string, mapping: ColumnMapping): Promise<void> {
    await tx.importMapping.upsert({
      where: { userId_entity: { userId, entity } },
      create: { userId, entity, mapping: mapping as Prisma.InputJsonValue },
      update: { mapping: mapping as Prisma.InputJsonValue },
    });
  }
}
