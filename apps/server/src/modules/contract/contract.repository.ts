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
import { visibleSql } from '../../core/access/access.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import { recordChanges } from '../../core/changes/change.ts';

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

/** Why consuming an entitlement bypasses the contract's rule (see `consume`). */
const ENTITLEMENT_USE = 'entitlement use: entitlements follow the customer, whose visibility the consuming service checked';

/** The only file of the contract module that touches the database; every read of contracts takes the Scope. */
export class ContractRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  /** A keyset page in SQL (status filters are date arithmetic Prisma cannot express), then the rows by id. */
  async list(scope: Scope, q: ListQuery): Promise<{ rows: Contract[]; totalCount: number }> {
    const visible = Prisma.sql`${visibleSql('Contract', scope, 'c')} AND ${contractFilterSql(q.filter, q.today)}`;
    const { column, cast } = SORT_SQL[q.field];
    const dir = Prisma.raw(q.direction === 'asc' ? 'ASC' : 'DESC');
    const keyset = q.after
      ? Prisma.sql`AND (${column}, c.id) ${Prisma.raw(q.direction === 'asc' ? '>' : '<')} (${q.after.v}::${cast}, ${q.after.id})`
      : Prisma.empty;
    const [ids, [count]] = await Promise.all([
      this.db.$queryRaw<{ id: string }[]>`SELECT c.id FROM "Contract" c WHERE ${visible} ${keyset} ORDER BY ${column} ${dir}, c.id ${dir} LIMIT ${q.take}`,
      this.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Contract" c WHERE ${visible}`,
    ]);
    const rows = await scopedClient(this.db, scope).contract.findMany({ where: { id: { in: ids.map((r) => r.id) } }, omit });
    const byId = new Map(rows.map((r) => [r.id, toContract(r)]));
    return { rows: ids.map((r) => byId.get(r.id)!).filter(Boolean), totalCount: count!.n };
  }

  /** Ids the scope may see, by the Prisma where the scoped client adds (the SQL twin's test compares the two). */
  async visibleIdsPrisma(scope: Scope): Promise<string[]> {
    return (await scopedClient(this.db, scope).contract.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
  }

  async visibleIdsSql(scope: Scope): Promise<string[]> {
    return (await this.db.$queryRaw<{ id: string }[]>`SELECT c.id FROM "Contract" c WHERE ${visibleSql('Contract', scope, 'c')} ORDER BY c.id`).map((r) => r.id);
  }

  /** A contract the scope may see, deleted or not; null otherwise (callers answer NOT_FOUND). */
  async findVisible(scope: Scope, id: string, tx?: Tx): Promise<Contract | null> {
    const row = await (tx ?? scopedClient(this.db, scope)).contract.findUnique({ where: { id }, omit });
    return row ? toContract(row) : null;
  }

  async findManyVisible(scope: Scope, ids: readonly string[]): Promise<Contract[]> {
    return (await scopedClient(this.db, scope).contract.findMany({ where: { id: { in: [...ids] } }, omit })).map(toContract);
  }

  /** The visible renewals of these contracts (keyed by renewedFromId). */
  async renewalsOf(scope: Scope, ids: readonly string[]): Promise<Contract[]> {
    return (await scopedClient(this.db, scope).contract.findMany({ where: { renewedFromId: { in: [...ids] }, deletedAt: null }, omit })).map(toContract);
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

  async contactOfCustomer(scope: Scope, contactId: string, customerId: string): Promise<boolean> {
    return (await scopedClient(this.db, scope).contact.count({ where: { id: contactId, customerId, deletedAt: null } })) > 0;
  }

  async opportunityOfCustomer(scope: Scope, opportunityId: string, customerId: string): Promise<boolean> {
    return (await scopedClient(this.db, scope).opportunity.count({ where: { id: opportunityId, customerId, deletedAt: null } })) > 0;
  }

  /** Whether the order is one of the customer's (the order is linked, never shown through the contract). */
  async orderOfCustomer(orderId: string, customerId: string): Promise<boolean> {
    const system = systemClient(this.db, 'reference check: is the order a contract names one of its customer’s');
    return (await system.order.count({ where: { id: orderId, customerId } })) > 0;
  }

  async partnerExists(scope: Scope, id: string): Promise<boolean> {
    return (await scopedClient(this.db, scope).partner.count({ where: { id } })) > 0;
  }

  async productExists(id: string): Promise<boolean> {
    return (await systemClient(this.db, 'reference check: does the product an entitlement names exist').product.count({ where: { id } })) > 0;
  }

  async isActiveStaff(id: string): Promise<boolean> {
    const system = systemClient(this.db, 'reference check: is the contract owner an active staff user');
    return (await system.user.count({ where: { id, active: true, role: { not: 'PARTNER' } } })) > 0;
  }

  // --- entitlements (callers have loaded the contract through the scope) ---

  async entitlementsOf(scope: Scope, contractIds: readonly string[]): Promise<ContractEntitlement[]> {
    const rows = await scopedClient(this.db, scope).contractEntitlement.findMany({ where: { contractId: { in: [...contractIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map(toEntitlement);
  }

  /** An entitlement whose contract the scope sees; null otherwise. */
  async entitlement(scope: Scope, id: string): Promise<ContractEntitlement | null> {
    const row = await scopedClient(this.db, scope).contractEntitlement.findUnique({ where: { id } });
    return row ? toEntitlement(row) : null;
  }

  /** An entitlement as the caller's transaction sees it while consuming it (see `consume`). */
  async entitlementInUse(tx: Tx, id: string): Promise<ContractEntitlement | null> {
    const row = await systemClient(tx, ENTITLEMENT_USE).contractEntitlement.findUnique({ where: { id } });
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

  /**
   * Entitlements of the customer's live ACTIVE contracts whose period contains `on`, whoever
   * owns the contracts: entitlements follow the customer, which the caller has loaded through the scope.
   */
  async inEffect(customerId: string, on: LocalDate): Promise<CustomerEntitlement[]> {
    const day = fromLocalDate(on);
    const system = systemClient(this.db, 'entitlements follow the customer (service desk): the caller checked the customer through the scope');
    const rows = await system.contractEntitlement.findMany({
      where: { contract: { customerId, state: 'ACTIVE', deletedAt: null, startDate: { lte: day }, endDate: { gte: day } } },
      include: { contract: { select: { number: true, title: true, endDate: true } } },
      orderBy: [{ contract: { endDate: 'asc' } }, { createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r) => ({ ...toEntitlement(r), contractNumber: r.contract.number, contractTitle: r.contract.title, contractEndDate: toLocalDate(r.contract.endDate) }));
  }

  /**
   * Adds `units` to `used` unless that would pass the quantity; false when it would. Runs in
   * the consuming service's transaction without the contract's rule: entitlements follow the
   * customer, whose visibility that service has checked.
   */
  async consume(tx: Tx, id: string, units: number): Promise<boolean> {
    const n = await systemClient(tx, ENTITLEMENT_USE).$executeRaw`
      UPDATE "ContractEntitlement" SET used = used + ${units}, "updatedAt" = now()
      WHERE id = ${id} AND (quantity IS NULL OR used + ${units} <= quantity)`;
    return n === 1;
  }

  /**
   * One batch of renewal reminders in one transaction: ACTIVE contracts that reached
   * `endDate − renewalNoticeDays` on `today` and have no reminder yet get a TASK for their owner
   * (due that day at 09:00 UTC, or today if later; reminding at the due time; on the customer's
   * timeline through its recorded change) and their renewalReminderAt set. Rows another sweeper holds
   * are skipped. Returns how many contracts it handled.
   */
  async sweepReminders(today: LocalDate, now: Date, limit: number): Promise<number> {
    const system = systemClient(this.db, 'renewal reminder sweep: due contracts of every owner get their task');
    return system.$transaction(async (systemTx) => {
      const tasks = await systemTx.$queryRaw<{ id: string; subject: string; dueAt: Date; customerId: string }[]>`
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
      )
      SELECT id, subject, "dueAt", "customerId" FROM tasks`;
      await recordChanges(systemTx, tasks.map((t) => ({
        actorId: null, action: 'CREATED', entity: 'Activity', entityId: t.id, customerId: t.customerId, at: now,
        changes: [
          { field: 'kind', from: null, to: 'TASK' },
          { field: 'subject', from: null, to: t.subject },
          { field: 'dueAt', from: null, to: t.dueAt.toISOString() },
        ],
      })));
      return tasks.length;
    });
  }
}
