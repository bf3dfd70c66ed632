import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { CurrencyRate } from './currency.type.ts';

export type Tx = Prisma.TransactionClient;

/** Exchange rates are company-wide reference data (not records), so they carry no Scope. */
export class CurrencyRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  async list(): Promise<CurrencyRate[]> {
    const rows = await this.db.currencyRate.findMany({ orderBy: { currency: 'asc' } });
    return rows.map(toRate);
  }

  async find(currency: string, tx: Tx | Db = this.db): Promise<CurrencyRate | null> {
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
