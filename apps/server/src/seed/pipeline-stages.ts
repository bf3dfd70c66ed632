import type { Db } from '../core/db/database.ts';
import type { StageKind } from '../generated/prisma/enums.ts';
import { newId } from '../core/ids.ts';

/** The pipeline a new company starts with; admins rename, re-weight and reorder it later. */
export const DEFAULT_STAGES: { name: string; probability: number; kind: StageKind }[] = [
  { name: '资格确认 Qualification', probability: 10, kind: 'OPEN' },
  { name: '需求分析 Needs analysis', probability: 20, kind: 'OPEN' },
  { name: '方案报价 Proposal', probability: 50, kind: 'OPEN' },
  { name: '商务谈判 Negotiation', probability: 75, kind: 'OPEN' },
  { name: '赢单 Won', probability: 100, kind: 'WON' },
  { name: '输单 Lost', probability: 0, kind: 'LOST' },
];

/**
 * Creates the default stages when a database has none (every start calls it, so existing
 * databases get a pipeline too; tests call it as a factory). Returns the stages in order.
 */
export async function ensureDefaultStages(db: Db) {
  if ((await db.pipelineStage.count()) === 0) {
    await db.pipelineStage.createMany({
      data: DEFAULT_STAGES.map((s, i) => ({ id: newId(), ...s, position: i + 1 })),
      skipDuplicates: true,
    });
  }
  return db.pipelineStage.findMany({ orderBy: { position: 'asc' } });
}
