import type { Prisma } from '../../generated/prisma/client.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkProbability } from '../pipeline/pipeline.service.ts';
import type { PipelineStage } from '../pipeline/pipeline.type.ts';

/** Where a deal is now; null for a deal being created. */
export interface StagePosition {
  stageId: string;
  stageEnteredAt: Date;
  probability: number;
  lostReason: string | null;
}

export interface Transition {
  data: Pick<Prisma.OpportunityUncheckedUpdateInput, 'stageId' | 'probability' | 'lostReason' | 'closedAt' | 'stageEnteredAt'>;
  /** The history row to write, or null when the stage stays the same. */
  history: { fromStageId: string | null; toStageId: string; secondsInFrom: number | null; changedAt: Date } | null;
}

/**
 * The rules of entering (or staying in) a stage, in one place for create, edit, board moves
 * and lead conversion:
 * - only active stages take deals;
 * - the probability becomes the new stage's default unless given (WON is 100, LOST 0, fixed);
 * - a LOST stage needs a lost reason; leaving LOST clears it;
 * - entering WON or LOST sets closedAt, entering an OPEN stage clears it;
 * - a stage change is a history row with the seconds spent in the stage left.
 */
export function stageTransition(
  from: StagePosition | null,
  to: PipelineStage,
  input: { probability?: number | null; lostReason?: string | null },
  now: Date,
  prefix = 'input.',
): Transition {
  const changed = from?.stageId !== to.id;
  if (changed && !to.active) throw badInput(`${prefix}stageId`, 'the stage is inactive');
  const wanted = input.probability ?? (changed ? undefined : from!.probability);
  const probability = checkProbability(to.kind, to.kind === 'OPEN' ? (wanted ?? to.probability) : input.probability, `${prefix}probability`);
  let lostReason: string | null = null;
  if (to.kind === 'LOST') {
    lostReason = input.lostReason?.trim() || (changed ? null : from!.lostReason);
    if (!lostReason) throw badInput(`${prefix}lostReason`, 'is required when the deal is lost');
  }
  const data: Transition['data'] = { stageId: to.id, probability, lostReason };
  if (!changed) return { data, history: null };
  data.stageEnteredAt = now;
  data.closedAt = to.kind === 'OPEN' ? null : now;
  const secondsInFrom = from ? Math.max(0, Math.floor((now.getTime() - from.stageEnteredAt.getTime()) / 1000)) : null;
  return { data, history: { fromStageId: from?.stageId ?? null, toStageId: to.id, secondsInFrom, changedAt: now } };
}
