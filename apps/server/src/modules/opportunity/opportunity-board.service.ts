import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkOptionalId } from '../../core/ids.ts';
import { Decimal, formatAmount } from '../../core/money/money.ts';
import type { Money } from '../../core/money/money.type.ts';
import type { PipelineService } from '../pipeline/pipeline.service.ts';
import type { OpportunityBoardRepository } from './opportunity-board.repository.ts';
import type { PipelineStage } from '../pipeline/pipeline.type.ts';
import type { StageTotal } from './opportunity-board.repository.ts';
import type { BoardArgs, MoveOpportunityInput } from './opportunity.inputs.ts';
import type { Tx } from './opportunity.repository.ts';
import type { OpportunityService } from './opportunity.service.ts';
import type { Opportunity } from './opportunity.type.ts';
import { opportunityDeleted } from './opportunity.errors.ts';
import { stageTransition } from './stage-transition.ts';

/** A board column before its count and totals are asked for. */
export interface BoardColumnSource {
  stage: PipelineStage;
  opportunities: Opportunity[];
  stageTotals: () => Promise<StageTotal[]>;
}

/** A column's visible count and per-currency sums, largest sum first. */
export function columnTotals(sums: StageTotal[]): { totalCount: number; totals: Money[] } {
  return {
    totalCount: sums.reduce((n, t) => n + t.count, 0),
    totals: [...sums]
      .sort((a, b) => new Decimal(b.total).comparedTo(new Decimal(a.total)) || a.currency.localeCompare(b.currency))
      .map((t) => ({ amount: formatAmount(t.total), currency: t.currency.trim() })),
  };
}

/** The kanban board: reading it (scoped, aggregated in SQL) and dropping cards on it. */
export class OpportunityBoardService {
  constructor(
    private readonly repo: OpportunityBoardRepository,
    private readonly opportunities: OpportunityService,
    private readonly pipeline: PipelineService,
  ) {}

  async board(scope: Scope, args: BoardArgs): Promise<{ columns: BoardColumnSource[] }> {
    const filter = args.filter ? { ...args.filter, stageIds: null, status: null, deleted: null } : null;
    if (filter?.minAmount != null) {
      if (!/^\d{1,16}(\.\d{1,2})?$/.test(filter.minAmount.trim())) throw badInput('filter.minAmount', 'must be a decimal number ≥ 0');
      filter.minAmount = filter.minAmount.trim();
    }
    const [stages, cards] = await Promise.all([this.pipeline.list(scope, true), this.repo.topPerStage(scope, filter, args.perStage ?? 50)]);
    // Counts and sums are one grouped statement over every visible deal, run only when selected:
    // the cards come back without waiting for it.
    let totals: Promise<StageTotal[]> | undefined;
    const stageTotals = (stageId: string) =>
      (totals ??= this.repo.totals(scope, filter)).then((all) => all.filter((t) => t.stageId === stageId));
    const columns: BoardColumnSource[] = stages.map((stage) => ({
      stage,
      opportunities: cards.filter((o) => o.stageId === stage.id),
      stageTotals: () => stageTotals(stage.id),
    }));
    // perStage ≥ 1, so a stage holding visible deals has at least one card.
    return { columns: columns.filter((c) => c.stage.active || c.opportunities.length > 0) };
  }

  /**
   * A kanban drop: enters the stage (history, probability, closedAt, lost reason — see
   * stage-transition.ts) and places the card between `afterId` and `beforeId`.
   */
  async move(viewer: Viewer, scope: Scope, id: string, input: MoveOpportunityInput): Promise<Opportunity> {
    const before = await this.opportunities.editable(scope, id);
    if (before.deletedAt) throw opportunityDeleted(before.name);
    const stage = await this.opportunities.stage(scope, input.stageId, 'input.stageId');
    checkOptionalId(input.afterId, 'input.afterId');
    checkOptionalId(input.beforeId, 'input.beforeId');
    const t = stageTransition(before, stage, input, new Date());
    return this.opportunities.save(viewer, scope, before, input.version, {}, t, async (tx) => ({
      rank: await this.rankBetween(tx, before.id, stage.id, input.afterId ?? null, input.beforeId ?? null),
    }));
  }

  /** A rank strictly between the neighbours' (visible through the scoped `tx`, or beyond the one given); spreads the column when floats run out. */
  private async rankBetween(tx: Tx, id: string, stageId: string, afterId: string | null, beforeId: string | null): Promise<number> {
    const repo = this.opportunities.repo;
    for (let attempt = 0; ; attempt++) {
      const neighbour = async (nid: string | null, field: string) => {
        if (!nid || nid === id) return null;
        const rank = await repo.rankIn(tx, nid, stageId);
        if (rank === null) throw badInput(field, 'no such opportunity in that stage');
        return rank;
      };
      let low = await neighbour(afterId, 'input.afterId');
      let high = await neighbour(beforeId, 'input.beforeId');
      if (low !== null && high === null) high = await repo.nextRank(tx, stageId, low, 'down', id);
      if (high !== null && low === null && afterId === null) low = await repo.nextRank(tx, stageId, high, 'up', id);
      if (low === null && high === null) return ((await repo.edgeRank(tx, stageId, 'min', id)) ?? 1) - 1;
      if (high === null) return low! + 1;
      if (low === null) return high - 1;
      const mid = (low + high) / 2;
      if (low < mid && mid < high) return mid;
      if (attempt > 0) throw badInput('input.afterId', 'must be above input.beforeId');
      await repo.rebalance(tx, stageId);
    }
  }
}
