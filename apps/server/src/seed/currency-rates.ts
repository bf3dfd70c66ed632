import type { Db } from '../core/db/database.ts';

/** Example rates into CNY a new company starts with; admins edit them under Admin → Currencies. */
export const DEFAULT_RATES: Record<string, string> = { USD: '7.1', EUR: '7.7', HKD: '0.91', JPY: '0.047', GBP: '9.0' };
const SEEDED_KEY = 'sales.currencyRatesSeeded';

/**
 * Seeds the example rates once per database: when there are none and they were never
 * seeded before (so rates an admin deleted do not come back on the next start).
 */
export async function ensureDefaultRates(db: Db): Promise<void> {
  if (await db.setting.findUnique({ where: { key: SEEDED_KEY } })) return;
  if ((await db.currencyRate.count()) === 0) {
    await db.currencyRate.createMany({
      data: Object.entries(DEFAULT_RATES).map(([currency, rate]) => ({ currency, rate })),
      skipDuplicates: true,
    });
  }
  await db.setting.upsert({ where: { key: SEEDED_KEY }, create: { key: SEEDED_KEY, value: true }, update: {} });
}
