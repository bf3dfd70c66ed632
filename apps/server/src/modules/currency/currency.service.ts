import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { recordChange } from '../../core/changes/change.ts';
import { badInput, notFound } from '../../core/errors/app-error.ts';
import { Decimal, checkCurrency, type CurrencyCode } from '../../core/money/money.ts';
import type { SettingsRepository } from '../system/settings.repository.ts';
import type { CurrencyRepository } from './currency.repository.ts';
import type { CurrencyRate, CurrencyRates } from './currency.type.ts';

export const BASE_CURRENCY_KEY = 'sales.baseCurrency';
export const DEFAULT_BASE_CURRENCY: CurrencyCode = 'CNY';

/** Fits NUMERIC(18,8): up to 10 digits before the point and 8 after. */
const RATE = /^\d{1,10}(\.\d{1,8})?$/;

/** Parses a rate ("7.1") or answers BAD_USER_INPUT naming the field; a rate is always above zero. */
export function parseRate(value: string | null | undefined, field: string): Decimal {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'is required');
  if (!RATE.test(text)) throw badInput(field, 'must be a rate with at most 10 digits and 8 decimal places');
  const rate = new Decimal(text);
  if (!rate.isPositive() || rate.isZero()) throw badInput(field, 'must be greater than 0');
  return rate;
}

/** The base currency and the admin-maintained rates into it; every change is audited. */
export class CurrencyService {
  constructor(
    readonly repo: CurrencyRepository,
    private readonly settings: SettingsRepository,
  ) {}

  async baseCurrency(): Promise<CurrencyCode> {
    const value = await this.settings.get<string>(BASE_CURRENCY_KEY, DEFAULT_BASE_CURRENCY);
    return checkCurrency(value, BASE_CURRENCY_KEY);
  }

  async rates(scope: Scope): Promise<CurrencyRates> {
    const [baseCurrency, rates] = await Promise.all([this.baseCurrency(), this.repo.list(scope)]);
    return { baseCurrency, rates };
  }

  async setRate(viewer: Viewer, scope: Scope, currencyArg: string, rateArg: string): Promise<CurrencyRate> {
    const currency = await this.checkedCurrency(currencyArg);
    const rate = parseRate(rateArg, 'rate');
    return this.repo.transaction(scope, async (tx) => {
      const before = await this.repo.find(tx, currency);
      const after = await this.repo.upsert(tx, currency, rate);
      if (before?.rate !== after.rate) {
        await recordChange(tx, {
          actorId: viewer.id,
          action: before ? 'UPDATED' : 'CREATED',
          entity: 'CurrencyRate',
          entityId: currency,
          changes: [{ field: 'rate', from: before?.rate ?? null, to: after.rate }],
        });
      }
      return after;
    });
  }

  async deleteRate(viewer: Viewer, scope: Scope, currencyArg: string): Promise<boolean> {
    const currency = await this.checkedCurrency(currencyArg);
    return this.repo.transaction(scope, async (tx) => {
      const before = await this.repo.find(tx, currency);
      if (!before) throw notFound('CurrencyRate');
      await this.repo.remove(tx, currency);
      await recordChange(tx, {
        actorId: viewer.id,
        action: 'DELETED',
        entity: 'CurrencyRate',
        entityId: currency,
        changes: [{ field: 'rate', from: before.rate, to: null }],
      });
      return true;
    });
  }

  private async checkedCurrency(value: string): Promise<CurrencyCode> {
    const currency = checkCurrency(value, 'currency');
    if (currency === (await this.baseCurrency())) throw badInput('currency', 'is the base currency, whose rate is always 1');
    return currency;
  }
}
