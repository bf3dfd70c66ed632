import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient } from '../../core/access/scoped-client.ts';
import type { CurrencyRate } from './currency.type.ts';

export type Tx = Prisma.TransactionClient;

/** Exchange rates are company-wide reference data (not records): every staff member reads them, no partner user (core/access). */
export class CurrencyRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  async list(scope: Scope): Promise<CurrencyRate[]> {
    const rows = await scopedClient(this.db, scope).currencyRate.findMany({ orderBy: { currency: 'asc' } });
    return rows.map(toRate);
  }

  async find(tx: Tx, currency: string): Promise<CurrencyRate | null> {
    const row = await tx.currencyRate.findUnique({ where: { currency } });
    return row ? toRate(row) : null;
  }

  async upsert(tx: Tx, currency: string, rate: Prisma.Decimal): Promise<CurrencyRate> {
    return toRate(await tx.currencyRate.upsert({ where: { currency }, create: { currency, rate }, update: { rate } }));
  }

  async remove(tx: Tx, currency: string): Promise<void> {
    await tx.currencyRate.delete({ where: { currency } });
  }
}

function toRate(row: { currency: string; rate: Prisma.Decimal; updatedAt: Date }): CurrencyRate {
  return { currency: row.currency.trim(), rate: new Prisma.Decimal(row.rate).toFixed(8), updatedAt: row.updatedAt };
}
