import type { Scope } from '../../core/auth/scope.ts';
import { formatAmount } from '../../core/money/money.ts';
import { money } from '../../core/money/money.type.ts';
import type { CurrencyService } from '../currency/currency.service.ts';
import type { TerritoryRepository } from '../territory/territory.repository.ts';
import type { Territory } from '../territory/territory.type.ts';
import type { TerritoryTotalsRow, TerritoryTreeRepository } from './territory-tree.repository.ts';
import type { TerritoryNode } from './territory-tree.type.ts';

const EMPTY: Omit<TerritoryTotalsRow, 'id'> = {
  customerCount: 0, totalCustomerCount: 0, openDealCount: 0, totalOpenDealCount: 0, openAmount: '0', totalOpenAmount: '0', unconvertedCount: 0,
};

/** Orders territories depth-first (siblings by name) and notes each one's depth. */
export function depthFirst(territories: Territory[]): (Territory & { depth: number })[] {
  const children = new Map<string | null, Territory[]>();
  const ids = new Set(territories.map((t) => t.id));
  for (const t of territories) {
    const parent = t.parentId && ids.has(t.parentId) ? t.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  const out: (Territory & { depth: number })[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const t of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) {
      out.push({ ...t, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The territory tree with per-node totals the viewer may see (one aggregation statement). */
export class TerritoryTreeService {
  constructor(
    private readonly territories: TerritoryRepository,
    private readonly repo: TerritoryTreeRepository,
    private readonly currency: CurrencyService,
  ) {}

  async tree(scope: Scope): Promise<TerritoryNode[]> {
    const base = await this.currency.baseCurrency();
    const [territories, totals] = await Promise.all([this.territories.findAll(scope), this.repo.totals(scope, base)]);
    const byId = new Map(totals.map((r) => [r.id, r]));
    return depthFirst(territories).map((t) => {
      const r = byId.get(t.id) ?? { ...EMPTY, id: t.id };
      return {
        ...t,
        customerCount: r.customerCount,
        totalCustomerCount: r.totalCustomerCount,
        openDealCount: r.openDealCount,
        totalOpenDealCount: r.totalOpenDealCount,
        openPipeline: money(formatAmount(r.openAmount), base),
        totalOpenPipeline: money(formatAmount(r.totalOpenAmount), base),
        unconvertedCount: r.unconvertedCount,
      };
    });
  }
}
