import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import type { StageKind } from '../../generated/prisma/enums.ts';
import type { PipelineRepository, Tx } from './pipeline.repository.ts';
import type { PipelineStage } from './pipeline.type.ts';
import type { CreatePipelineStageInput, UpdatePipelineStageInput } from './pipeline.inputs.ts';
import { lastOpenStage, stageInUse, stageNotFound } from './pipeline.errors.ts';

/** WON stages mean a certain deal, LOST ones a dead deal: their probability is fixed. */
const FIXED_PROBABILITY: Partial<Record<StageKind, number>> = { WON: 100, LOST: 0 };

/**
 * Pipeline configuration rules: at least one active OPEN stage, probabilities 0–100 (WON 100,
 * LOST 0), a stage that holds deals is deactivated rather than deleted, and its kind is fixed.
 */
export class PipelineService {
  constructor(readonly repo: PipelineRepository) {}

  list(scope: Scope, includeInactive: boolean): Promise<PipelineStage[]> {
    return this.repo.list(scope, includeInactive);
  }

  async get(scope: Scope, id: string, tx?: Tx): Promise<PipelineStage> {
    const stage = await this.repo.findById(scope, checkId(id), tx);
    if (!stage) throw stageNotFound();
    return stage;
  }

  async create(viewer: Viewer, scope: Scope, input: CreatePipelineStageInput): Promise<PipelineStage> {
    const name = input.name.trim();
    if (!name) throw badInput('input.name', 'is required');
    const kind = input.kind ?? 'OPEN';
    const probability = checkProbability(kind, input.probability, 'input.probability');
    return this.repo.transaction(scope, async (tx) => {
      const stage = await this.repo.create(tx, { id: newId(), name, kind, probability, position: (await this.repo.maxPosition(tx)) + 1 });
      await this.audit(tx, viewer, 'CREATED', null, stage);
      return stage;
    });
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdatePipelineStageInput): Promise<PipelineStage> {
    const before = await this.get(scope, id);
    const name = input.name?.trim();
    if (input.name !== undefined && !name) throw badInput('input.name', 'is required');
    if (input.kind === null) throw badInput('input.kind', 'cannot be empty');
    if (input.active === null) throw badInput('input.active', 'cannot be empty');
    const kind = input.kind ?? before.kind;
    const probability = input.probability ?? (input.kind && input.kind !== before.kind ? undefined : before.probability);
    const data = { name, kind, active: input.active ?? before.active, probability: checkProbability(kind, probability, 'input.probability') };
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.lock(tx);
      if (kind !== before.kind && ((await this.repo.countOpportunities([before.id], tx)).get(before.id) ?? 0) > 0) {
        throw badInput('input.kind', 'cannot change while the stage holds opportunities');
      }
      const after = await this.repo.updateVersioned(tx, before.id, input.version, data);
      if (!after) throw staleVersion('PipelineStage');
      if ((await this.repo.countActiveOpen(tx)) === 0) throw lastOpenStage(input.active === false ? 'input.active' : 'input.kind');
      await this.audit(tx, viewer, 'UPDATED', before, after);
      return after;
    });
  }

  /** Sets the order of all stages: `ids` must list every stage once. */
  async reorder(viewer: Viewer, scope: Scope, ids: string[]): Promise<PipelineStage[]> {
    if (ids.length > 100) throw badInput('ids', 'must list at most 100 stages');
    ids.forEach((id, i) => checkId(id, `ids.${i}`));
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.lock(tx);
      const stages = await this.repo.list(scope, true, tx);
      const known = new Set(stages.map((s) => s.id));
      if (new Set(ids).size !== ids.length || ids.length !== known.size || ids.some((id) => !known.has(id))) {
        throw badInput('ids', 'must list every pipeline stage exactly once');
      }
      for (const [i, id] of ids.entries()) {
        const stage = stages.find((s) => s.id === id)!;
        if (stage.position !== i + 1) await this.repo.setPosition(tx, id, i + 1);
      }
      await recordChange(tx, {
        actorId: viewer.id, action: 'REORDERED', entity: 'PipelineStage', entityId: ids[0],
        changes: [{ field: 'order', from: stages.map((s) => s.name).join(' → '), to: ids.map((id) => stages.find((s) => s.id === id)!.name).join(' → ') }],
      });
      return this.repo.list(scope, true, tx);
    });
  }

  /** Deletes a stage that never held a deal; one that did can only be deactivated. */
  async remove(viewer: Viewer, scope: Scope, id: string): Promise<boolean> {
    const stage = await this.get(scope, id);
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.lock(tx);
      const count = (await this.repo.countOpportunities([stage.id], tx)).get(stage.id) ?? 0;
      if (count > 0) throw stageInUse(count);
      await this.repo.delete(tx, stage.id);
      if ((await this.repo.countActiveOpen(tx)) === 0) throw lastOpenStage('id');
      await this.audit(tx, viewer, 'DELETED', stage, null);
      return true;
    });
  }

  private async audit(tx: Tx, viewer: Viewer, action: string, before: PipelineStage | null, after: PipelineStage | null) {
    const changes = after ? diffFields(before ? auditable(before) : {}, auditable(after)) : [];
    if (action !== 'UPDATED' || changes.length) {
      await recordChange(tx, { actorId: viewer.id, action, entity: 'PipelineStage', entityId: (after ?? before)!.id, changes });
    }
  }
}

/** WON and LOST take their fixed probability (another value is an error); OPEN needs one. */
export function checkProbability(kind: StageKind, probability: number | null | undefined, field: string): number {
  const fixed = FIXED_PROBABILITY[kind];
  if (fixed !== undefined) {
    if (probability != null && probability !== fixed) throw badInput(field, `must be ${fixed} for a ${kind} stage`);
    return fixed;
  }
  if (probability == null) throw badInput(field, 'is required');
  if (!Number.isInteger(probability) || probability < 0 || probability > 100) throw badInput(field, 'must be 0 to 100');
  return probability;
}

const auditable = (s: PipelineStage) => ({ name: s.name, kind: s.kind, probability: s.probability, active: s.active });
