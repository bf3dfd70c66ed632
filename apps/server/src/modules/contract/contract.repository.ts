import { Prisma } from '../../generated/prisma/client.ts';
import type { Contract as ContractRow, ContractEntitlement as EntitlementRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { Cursor } from '../../core/pagination/connection.ts';
import type { Contract, ContractEntitlement, CustomerEntitlement } from './contract.type.ts';
import type { ContractFilter } from './contract.inputs.ts';
import { ContractSortField } from './contract.inputs.ts';
import { contractFilterSql } from './contract.scope.ts';
import { fromLocalDate, toLocalDate, type LocalDate } from './contract-status.ts';
import { visibleWhere, visibleSql } from '../../core/access/access.ts';

export type Tx = Prisma.TransactionClient;
type Row = Omit<ContractRow, 'searchTokens'> & { searchTokens?: string[] };
const omit = { searchTokens: true } as const;

export function toContract(row: Row): Contract {
  const { value, currency, startDate, endDate, signedDate, searchTokens: _s, createdById: _c, ...rest } = row;
  return {
    ...rest, kind: rest.kind as Contract['kind'],
    valueAmount: new Prisma.Decimal(value), currency: currency.trim(),
    startDate: toLocalDate(startDate), endDate: toLocalDate(endDate), signedDate: signedDate ? toLocalDate(signedDate) : null,
  };
}

export function toEntitlement(row: EntitlementRow): ContractEntitlement {
  return {
    id: row.id, name: row.name, productId: row.productId, quantity: row.quantity, used: row.used,
    remaining: row.quantity === null ? null : row.quantity - row.used,
    responseHours: row.responseHours, notes: row.notes, contractId: row.contractId,
  };
}

export interface ListQuery {
  filter?: ContractFilter | null;
  field: ContractSortField;
  direction: 'asc' | 'desc';
  after: Cursor | null;
  take: number;
  today: LocalDate;
}

const SORT_SQL: Record<ContractSortField, { column: Prisma.Sql; cast: Prisma.Sql }> = {
  [ContractSortField.END_DATE]: { column: Prisma.raw('c."endDate"'), cast: Prisma.raw('date') },
  [ContractSortField.START_DATE]: { column: Prisma.raw('c."startDate"'), cast: Prisma.raw('date') },
  [ContractSortField.VALUE]: { column: Prisma.raw('c."value"'), cast: Prisma.raw('numeric') },
  [ContractSortField.UPDATED_AT]: { column: Prisma.raw('c."updatedAt"'), cast: Prisma.raw('timestamp') },
};

/** The only file of the contract module that touches the database; every read of contracts takes the Scope. */
export class ContractRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  /** A keyset page in SQL (status filters are date arithmetic Prisma cannot express), then the rows by id. */
  async list(scope: Scope, q: ListQuery): Promise<{ rows: Contract[]; totalCount: number }> {
    const where = Prisma.sql`${visibleSql('Contract', scope, 'c')} AND ${contractFilterSql(q.filter, q.today)}`;
    const { column, cast } = SORT_SQL[q.field];
    const dir = Prisma.raw(q.direction === 'asc' ? 'ASC' : 'DESC');
    const keyset = q.after
      ? Prisma.sql`AND (${column}, c.id) ${Prisma.raw(q.direction === 'asc' ? '>' : '<')} (${q.after.v}::${cast}, ${q.after.id})`
      : Prisma.empty;
    const [ids, [count]] = await Promise.all([
      this.db.$queryRaw<{ id: string }[]>`SELECT c.id FROM "Contract" c WHERE ${where} ${keyset} ORDER BY ${column} ${dir}, c.id ${dir} LIMIT ${q.take}`,
      this.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Contract" c WHERE ${where}`,
    ]);
    const rows = await this.db.contract.findMany({ where: { id: { in: ids.map((r) => r.id) } }, omit });
    const byId = new Map(rows.map((r) => [r.id, toContract(r)]));
    return { rows: ids.map((r) => byId.get(r.id)!).filter(Boolean), totalCount: count!.n };
  }

  /** Ids the scope may see, by the Prisma where (the SQL twin's test compares the two). */
  async visibleIdsPrisma(scope: Scope): Promise<string[]> {
    return (await this.db.contract.findMany({ where: visibleWhere('Contract', scope), select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
  }

  async visibleIdsSql(scope: Scope): Promise<string[]> {
    return (await this.db.$queryRaw<{ id: string }[]>`SELECT c.id FROM "Contract" c WHERE ${visibleSql('Contract', scope, 'c')} ORDER BY c.id`).map((r) => r.id);
  }

  /** A contract the scope may see, deleted or not; null otherwise (callers answer NOT_FOUND). */
  async findVisible(scope: Scope, id: string, tx: Tx | Db = this.db): Promise<Contract | null> {
    const row = await tx.contract.findFirst({ where: { AND: [{ id }, visibleWhere('Contract', scope)] }, omit });
    return row ? toContract(row) : null;
  }

  async findManyVisible(scope: Scope, ids: readonly string[]): Promise<Contract[]> {
    return (await this.db.contract.findMany({ where: { AND: [{ id: { in: [...ids] } }, visibleWhere('Contract', scope)] }, omit })).map(toContract);
  }

  /** The visible renewals of these contracts (keyed by renewedFromId). */
  async renewalsOf(scope: Scope, ids: readonly string[]): Promise<Contract[]> {
    return (await this.db.contract.findMany({ where: { AND: [{ renewedFromId: { in: [...ids] }, deletedAt: null }, visibleWhere('Contract', scope)] }, omit })).map(toContract);
  }

  async create(tx: Tx, data: Prisma.ContractUncheckedCreateInput): Promise<Contract> {
    return toContract(await tx.contract.create({ data, omit }));
  }

  /** Updates only when `version` still matches (and, if given, the state); null otherwise. */
  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.ContractUncheckedUpdateInput, state?: Contract['state']): Promise<Contract | null> {
    const { count } = await tx.contract.updateMany({ where: { id, version, ...(state ? { state } : {}) }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    return toContract(await tx.contract.findUniqueOrThrow({ where: { id }, omit }));
  }

  /** Marks an ACTIVE contract RENEWED; false when it no longer is ACTIVE (a renewal got there first). */
  async markRenewed(tx: Tx, id: string): Promise<boolean> {
    const { count } = await tx.contract.updateMany({ where: { id, state: 'ACTIVE', deletedAt: null }, data: { state: 'RENEWED', version: { increment: 1 } } });
    return count === 1;
  }

  async contactOfCustomer(scope: Scope, contactId: string, customerId: string, tx: Tx | Db = this.db): Promise<boolean> {
    return (await tx.contact.count({ where: { AND: [{ id: contactId, customerId, deletedAt: null }, visibleWhere('Contact', scope)] } })) > 0;
  }

  async opportunityOfCustomer(scope: Scope, opportunityId: string, customerId: string, tx: Tx | Db = this.db): Promise<boolean> {
    return (await tx.opportunity.count({ where: { AND: [{ id: opportunityId, customerId, deletedAt: null }, visibleWhere('Opportunity', scope)] } })) > 0;
  }

  async orderOfCustomer(orderId: string, customerId: string, tx: Tx | Db = this.db): Promise<boolean> {
    return (await tx.order.count({ where: { id: orderId, customerId } })) > 0;
  }

  async partnerExists(id: string, tx: Tx | Db = this.db): Promise<boolean> {
    return (await tx.partner.count({ where: { id } })) > 0;
  }

  async productExists(id: string, tx: Tx | Db = this.db): Promise<boolean> {
    return (await tx.product.count({ where: { id } })) > 0;
  }

  async isActiveStaff(id: string, tx: Tx | Db = this.db): Promise<boolean> {
    return (await tx.user.count({ where: { id, active: true, role: { not: 'PARTNER' } } })) > 0;
  }

  // --- entitlements (callers have loaded the contract through the scope) ---

  async entitlementsOf(contractIds: readonly string[], tx: Tx | Db = this.db): Promise<ContractEntitlement[]> {
    const rows = await tx.contractEntitlement.findMany({ where: { contractId: { in: [...contractIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map(toEntitlement);
  }

  async entitlement(id: string, tx: Tx | Db = this.db): Promise<ContractEntitlement | null> {
    const row = await tx.contractEntitlement.findUnique({ where: { id } });
    return row ? toEntitlement(row) : null;
  }

  async createEntitlement(tx: Tx, data: Prisma.ContractEntitlementUncheckedCreateInput): Promise<ContractEntitlement> {
    return toEntitlement(await tx.contractEntitlement.create({ data }));
  }

  async updateEntitlement(tx: Tx, id: string, data: Prisma.ContractEntitlementUncheckedUpdateInput): Promise<ContractEntitlement> {
    return toEntitlement(await tx.contractEntitlement.update({ where: { id }, data }));
  }

  async deleteEntitlement(tx: Tx, id: string): Promise<void> {
    await tx.contractEntitlement.delete({ where: { id } });
  }

  /** Copies a contract's entitlement lines to another, with nothing used yet. */
  async copyEntitlements(tx: Tx, fromId: string, toId: string, newId: () => string): Promise<void> {
    const rows = await tx.contractEntitlement.findMany({ where: { contractId: fromId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    if (!rows.length) return;
    await tx.contractEntitlement.createMany({
      data: rows.map((r) => ({ id: newId(), contractId: toId, createdAt: r.createdAt, name: r.name, productId: r.productId, quantity: r.quantity, used: 0, responseHours: r.responseHours, notes: r.notes })),
    });
  }

  /** Entitlements of the customer's live ACTIVE contracts whose period contains `on`. */
  async inEffect(customerId: string, on: LocalDate): Promise<CustomerEntitlement[]> {
    const day = fromLocalDate(on);
    const rows = await this.db.contractEntitlement.findMany({
      where: { contract: { customerId, state: 'ACTIVE', deletedAt: null, startDate: { lte: day }, endDate: { gte: day } } },
      include: { contract: { select: { number: true, title: true, endDate: true } } },
      orderBy: [{ contract: { endDate: 'asc' } }, { createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r) => ({ ...toEntitlement(r), contractNumber: r.contract.number, contractTitle: r.contract.title, contractEndDate: toLocalDate(r.contract.endDate) }));
  }

  /** Adds `units` to `used` unless that would pass the quantity; false when it would. */
  async consume(tx: Tx, id: string, units: number): Promise<boolean> {
    const n = await tx.$executeRaw`
      UPDATE "ContractEntitlement" SET used = used + ${units}, "updatedAt" = now()
      WHERE id = ${id} AND (quantity IS NULL OR used + ${units} <= quantity)`;
    return n === 1;
  }

  /**
   * One batch of renewal reminders in one statement: ACTIVE contracts that reached
   * `endDate − renewalNoticeDays` on `today` and have no reminder yet get a TASK for their owner
   * (due that day at 09:00 UTC, or today if later; reminding at the due time; on the customer's
   * timeline through its audit row) and their renewalReminderAt set. Rows another sweeper holds
   * are skipped. Returns how many contracts it handled.
   */
  async sweepReminders(today: LocalDate, now: Date, limit: number): Promise<number> {
    const [row] = await this.db.$queryRaw<{ n: number }[]>`
      WITH due AS (
        SELECT c.id, c."ownerId", c."customerId", c.number, c.title, c."endDate",
               (GREATEST(c."endDate" - c."renewalNoticeDays", ${today}::date) + time '09:00') AS "dueAt"
        FROM "Contract" c
        WHERE c.state = 'ACTIVE' AND c."deletedAt" IS NULL AND c."renewalReminderAt" IS NULL AND c."ownerId" IS NOT NULL
          AND c."endDate" - c."renewalNoticeDays" <= ${today}::date
        ORDER BY c."endDate", c.id LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      ), marked AS (
        UPDATE "Contract" c SET "renewalReminderAt" = ${now} FROM due WHERE c.id = due.id RETURNING c.id
      ), tasks AS (
        INSERT INTO "Activity" (id, kind, subject, description, "dueAt", "remindAt", done, "ownerId", "customerId", "createdAt", "updatedAt", version)
        SELECT gen_random_uuid()::text, 'TASK',
               'Renew contract ' || due.number || ' ' || due.title || ' (ends ' || to_char(due."endDate", 'YYYY-MM-DD') || ')',
               'Contract ' || due.number || ' ends on ' || to_char(due."endDate", 'YYYY-MM-DD') || '.', due."dueAt", due."dueAt", false, due."ownerId", due."customerId", ${now}, ${now}, 1
        FROM due JOIN marked ON marked.id = due.id
        RETURNING id, subject, "dueAt", "ownerId", "customerId"
      ), audited AS (
        INSERT INTO "AuditLog" (id, "actorId", action, entity, "entityId", "customerId", changes, "createdAt")
        SELECT gen_random_uuid()::text, NULL, 'CREATED', 'Activity', t.id, t."customerId",
               jsonb_build_array(jsonb_build_object('field', 'kind', 'from', NULL, 'to', 'TASK'),
                                 jsonb_build_object('field', 'subject', 'from', NULL, 'to', t.subject),
                                 jsonb_build_object('field', 'dueAt', 'from', NULL, 'to', to_char(t."dueAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))), ${now}
        FROM tasks t
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM tasks)::int + 0 * (SELECT count(*) FROM audited)::int AS n`;
    return row!.n;
  }
}
