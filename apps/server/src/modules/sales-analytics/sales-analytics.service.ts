import type { Scope } from '../../core/auth/scope.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkCurrency, formatAmount } from '../../core/money/money.ts';
import type { CurrencyService } from '../currency/currency.service.ts';
import type { SalesAnalyticsRepository, UnconvertedRow } from './sales-analytics.repository.ts';
import type { ForecastTargetRepository } from './forecast-target.repository.ts';
import type { ForecastVsTarget, ForecastVsTargetFilter } from './forecast-target.type.ts';
import type { DashboardQuery } from './sales-analytics.sql.ts';
import type { SalesDashboardFilter } from './sales-analytics.inputs.ts';

/** A period longer than this is refused: month series and scans stay bounded. */
export const MAX_PERIOD_DAYS = 366 * 5;

const money = (value: unknown) => formatAmount(String(value ?? 0));
const withMoney = <T extends object, K extends keyof T>(row: T, keys: K[]) =>
  ({ ...row, ...Object.fromEntries(keys.map((k) => [k, money(row[k])])) }) as { [P in keyof T]: P extends K ? string : T[P] };

/** The sales dashboard (§4 Analytics): checks the filter, then runs each aggregation in SQL. */
export class SalesAnalyticsService {
  constructor(
    private readonly repo: SalesAnalyticsRepository,
    private readonly currency: CurrencyService,
    private readonly targets: ForecastTargetRepository,
  ) {}

  /** Forecast against target per month or quarter (issue 3 item 6), one SQL statement. */
  async forecastVsTarget(scope: Scope, filter: ForecastVsTargetFilter): Promise<ForecastVsTarget> {
    const q = await this.checked(scope, filter);
    const period = filter.period ?? 'MONTH';
    const rows = await this.targets.byPeriod(scope, q, period);
    return {
      currency: q.currency,
      period,
      from: q.from,
      to: q.to,
      periods: rows.map((r) => ({ ...withMoney(r, ['won', 'weighted', 'commit', 'bestCase']), target: r.target == null ? null : money(r.target) })),
    };
  }

  /** Checks the filter; each chart then runs its own statement only when the request selects it. */
  async dashboard(scope: Scope, filter: SalesDashboardFilter): Promise<SalesDashboardSource> {
    const q = await this.checked(scope, filter);
    return { currency: q.currency, baseCurrency: q.baseCurrency, from: q.from, to: q.to, charts: new DashboardCharts(this.repo, scope, q) };
  }

  private async checked(scope: Scope, filter: SalesDashboardFilter): Promise<DashboardQuery> {
    const days = (Date.parse(filter.to) - Date.parse(filter.from)) / 86_400_000;
    if (days < 0) throw badInput('filter.to', 'must be on or after filter.from');
    if (days >= MAX_PERIOD_DAYS) throw badInput('filter.to', 'the period may span at most 5 years');
    const baseCurrency = await this.currency.baseCurrency();
    const currency = filter.currency ? checkCurrency(filter.currency, 'filter.currency') : baseCurrency;
    if (!(await this.repo.hasRate(scope, currency, baseCurrency))) throw badInput('filter.currency', `has no exchange rate into ${baseCurrency}`);
    return {
      from: filter.from,
      to: filter.to,
      currency,
      baseCurrency,
      ownerId: filter.ownerId ?? null,
      departmentId: filter.departmentId ?? null,
      territoryId: filter.territoryId ?? null,
    };
  }
}

/** The dashboard's header fields and its charts, resolved per selected field. */
export interface SalesDashboardSource {
  currency: string;
  baseCurrency: string;
  from: string;
  to: string;
  charts: DashboardCharts;
}

/** One SQL statement per chart, run on demand; the unconverted list is shared by two fields. */
export class DashboardCharts {
  private unconvertedRows?: Promise<UnconvertedRow[]>;

  constructor(
    private readonly repo: SalesAnalyticsRepository,
    private readonly scope: Scope,
    private readonly q: DashboardQuery,
  ) {}

  async funnel() {
    return (await this.repo.funnel(this.scope, this.q)).map((r) => withMoney(r, ['amount']));
  }

  async pipelineByCloseMonth() {
    return (await this.repo.pipelineByCloseMonth(this.scope, this.q)).map((r) => withMoney(r, ['amount', 'weightedAmount']));
  }

  async winRateByOwner() {
    return (await this.repo.winRateByOwner(this.scope, this.q)).map((r) => withMoney(r, ['wonAmount']));
  }

  async revenueByMonth() {
    return (await this.repo.revenueByMonth(this.scope, this.q)).map((r) => withMoney(r, ['amount']));
  }

  async topCustomers() {
    return (await this.repo.topCustomers(this.scope, this.q)).map((r) => withMoney(r, ['amount']));
  }

  leadConversionBySource() {
    return this.repo.leadConversionBySource(this.scope, this.q);
  }

  async forecast() {
    const [row] = await this.repo.forecast(this.scope, this.q);
    return withMoney(row!, ['weighted', 'commit', 'bestCase', 'won']);
  }

  unconverted(): Promise<UnconvertedRow[]> {
    return (this.unconvertedRows ??= this.repo.unconverted(this.scope, this.q));
  }

  async unconvertedCount(): Promise<number> {
    return (await this.unconverted()).reduce((sum, u) => sum + u.count, 0);
  }
}
