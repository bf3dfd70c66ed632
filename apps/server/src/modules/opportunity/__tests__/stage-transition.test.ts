import type { PipelineStage } from '../../pipeline/pipeline.type.ts';
import { stageTransition } from '../stage-transition.ts';

const stage = (id: string, kind: PipelineStage['kind'], probability: number, active = true): PipelineStage =>
  ({ id, name: id, kind, probability, active, position: 1, version: 1, createdAt: new Date(), updatedAt: new Date() });
const open = stage('open', 'OPEN', 20);
const later = stage('later', 'OPEN', 60);
const won = stage('won', 'WON', 100);
const lost = stage('lost', 'LOST', 0);
const now = new Date('2026-06-01T12:00:00Z');
const at = (stageId: string, secondsAgo: number, probability = 20, lostReason: string | null = null) =>
  ({ stageId, stageEnteredAt: new Date(now.getTime() - secondsAgo * 1000), probability, lostReason });

describe('stage transitions', () => {
  it('starts a new deal with a first history row and the stage default', () => {
    expect(stageTransition(null, open, {}, now)).toEqual({
      data: { stageId: 'open', probability: 20, lostReason: null, stageEnteredAt: now, closedAt: null },
      history: { fromStageId: null, toStageId: 'open', secondsInFrom: null, changedAt: now },
    });
  });

  it('counts whole seconds in the stage left and takes the new default unless given', () => {
    const t = stageTransition(at('open', 86_400.9), later, {}, now);
    expect(t.history).toMatchObject({ fromStageId: 'open', toStageId: 'later', secondsInFrom: 86_400 });
    expect(t.data.probability).toBe(60);
    expect(stageTransition(at('open', 5), later, { probability: 33 }, now).data.probability).toBe(33);
  });

  it('keeps the deal’s own probability and writes no history when the stage stays', () => {
    const t = stageTransition(at('open', 5, 45), open, {}, now);
    expect(t).toEqual({ data: { stageId: 'open', probability: 45, lostReason: null }, history: null });
  });

  it('closes on WON/LOST, needs a reason for LOST, reopens clearing both', () => {
    expect(() => stageTransition(at('open', 5), lost, {}, now)).toThrow(/input\.lostReason/);
    expect(stageTransition(at('open', 5), lost, { lostReason: ' budget ' }, now).data).toMatchObject({ closedAt: now, lostReason: 'budget', probability: 0 });
    expect(stageTransition(at('open', 5), won, {}, now).data).toMatchObject({ closedAt: now, probability: 100 });
    expect(() => stageTransition(at('open', 5), won, { probability: 90 }, now)).toThrow(/input\.probability/);
    expect(stageTransition(at('lost', 5, 0, 'budget'), lost, {}, now).data.lostReason).toBe('budget');
    expect(stageTransition(at('lost', 5, 0, 'budget'), open, {}, now).data).toMatchObject({ closedAt: null, lostReason: null, probability: 20 });
  });

  it('refuses to enter an inactive stage but lets deals stay in one', () => {
    const dormant = stage('dormant', 'OPEN', 30, false);
    expect(() => stageTransition(at('open', 5), dormant, {}, now)).toThrow(/input\.stageId/);
    expect(stageTransition(at('dormant', 5, 30), dormant, {}, now).history).toBeNull();
  });
});
