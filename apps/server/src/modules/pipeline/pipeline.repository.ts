import type { Prisma, PipelineStage as StageRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import type { PipelineStage } from './pipeline.type.ts';

export type Tx = Prisma.TransactionClient;

const toStage = (row: StageRow): PipelineStage => ({
  id: row.id, name: row.name, position: row.position, probability: row.probability, kind: row.kind,
  active: row.active, createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
});

const ORDER = [{ position: 'asc' as const }, { createdAt: 'asc' as const }, { id: 'asc' as const }];

/**
 * Pipeline stages are company configuration, the same for every staff member (reference
 * data, core/access/rules.ts). The deals inside them are scoped in opportunity.repository.ts.
 * Methods taking a `tx` run on the caller's scoped transaction.
 */
export class PipelineRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  async list(scope: Scope, includeInactive: boolean, tx?: Tx): Promise<PipelineStage[]> {
    const rows = await (tx ?? scopedClient(this.db, scope)).pipelineStage.findMany({ where: includeInactive ? {} : { active: true }, orderBy: ORDER });
    return rows.map(toStage);
  }

  async findById(scope: Scope, id: string, tx?: Tx): Promise<PipelineStage | null> {
    const row = await (tx ?? scopedClient(this.db, scope)).pipelineStage.findUnique({ where: { id } });
    return row ? toStage(row) : null;
  }

  /** Stages by id, for loaders: the stage of a deal, a stage change or an audit entry (partners read stages too). */
  async findByIds(scope: Scope, ids: readonly string[]): Promise<PipelineStage[]> {
    return (await scopedClient(this.db, scope).pipelineStage.findMany({ where: { id: { in: [...ids] } } })).map(toStage);
  }

  /** The stage new deals start in: the first active OPEN stage by position. */
  async firstOpen(scope: Scope, tx?: Tx): Promise<PipelineStage | null> {
    const row = await (tx ?? scopedClient(this.db, scope)).pipelineStage.findFirst({ where: { active: true, kind: 'OPEN' }, orderBy: ORDER });
    return row ? toStage(row) : null;
  }

  async countActiveOpen(tx: Tx): Promise<number> {
    return tx.pipelineStage.count({ where: { active: true, kind: 'OPEN' } });
  }

  async maxPosition(tx: Tx): Promise<number> {
    return (await tx.pipelineStage.aggregate({ _max: { position: true } }))._max.position ?? 0;
  }

  /**
   * All deals in the stage, every owner's, deleted ones included (they would come back on
   * restore): whether a stage is in use is about every deal, not the viewer's.
   */
  async countOpportunities(stageIds: readonly string[], tx?: Tx): Promise<Map<string, number>> {
    const system = systemClient(tx ?? this.db, 'a stage in use by any owner’s deal keeps its kind and cannot be deleted');
    const rows = await system.opportunity.groupBy({ by: ['stageId'], where: { stageId: { in: [...stageIds] } }, _count: { _all: true } });
    return new Map(rows.map((r) => [r.stageId, r._count._all]));
  }

  async create(tx: Tx, data: Prisma.PipelineStageUncheckedCreateInput): Promise<PipelineStage> {
    return toStage(await tx.pipelineStage.create({ data }));
  }

  /** Updates only when `version` still matches; returns null when it does not. */
  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.PipelineStageUncheckedUpdateInput): Promise<PipelineStage | null> {
    const { count } = await tx.pipelineStage.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    return toStage(await tx.pipelineStage.findUniqueOrThrow({ where: { id } }));
  }

  async setPosition(tx: Tx, id: string, position: number): Promise<void> {
    await tx.pipelineStage.update({ where: { id }, data: { position, version: { increment: 1 } } });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.pipelineStage.delete({ where: { id } });
  }

  /** Locks the stage table for rule checks that span rows (one OPEN stage must remain). */
  async lock(tx: Tx): Promise<void> {
    await systemClient(tx, 'a table lock reads and writes no rows').$executeRaw`LOCK TABLE "PipelineStage" IN SHARE ROW EXCLUSIVE MODE`;
  }
}
