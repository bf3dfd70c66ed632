import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { recordChange, type FieldChange } from '../../core/changes/change.ts';
import { badInput, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, checkOptionalId, newId } from '../../core/ids.ts';
import type { CreateTerritoryInput, UpdateTerritoryInput } from './territory.inputs.ts';
import type { TerritoryRepository } from './territory.repository.ts';
import type { Territory } from './territory.type.ts';
import { territoryInUse, territoryNameTaken, territoryNotFound } from './territory.errors.ts';

export const MAX_REPS = 100;

/**
 * Territories (issue 3 item 6): a tree administered by holders of `admin:sales` (no cycles,
 * names unique among siblings, deleted only when empty), reps assigned per territory, and
 * customers moved into a territory in bulk — all or nothing, audited per customer.
 */
export class TerritoryService {
  constructor(readonly repo: TerritoryRepository) {}

  findAll(scope: Scope): Promise<Territory[]> {
    return this.repo.findAll(scope);
  }

  async create(viewer: Viewer, scope: Scope, input: CreateTerritoryInput): Promise<Territory> {
    const name = checkedName(input.name);
    const parentId = checkOptionalId(input.parentId, 'input.parentId') ?? null;
    if (parentId && !(await this.repo.exists(parentId))) throw badInput('input.parentId', 'no such territory');
    return this.repo.transaction(scope, async (tx) => {
      if (await this.repo.siblingNamed(tx, parentId, name, null)) throw territoryNameTaken(name);
      const created = await this.repo.create(tx, { id: newId(), name, parentId });
      await recordChange(tx, {
        actorId: viewer.id, action: 'CREATED', entity: 'Territory', entityId: created.id,
        changes: [{ field: 'name', from: null, to: name }, ...(parentId ? [{ field: 'parentId', from: null, to: parentId }] : [])],
      });
      return created;
    });
  }

  /** Renames and/or moves; a territory can never move below itself. */
  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateTerritoryInput): Promise<Territory> {
    const before = await this.get(scope, id);
    const data: { name?: string; parentId?: string | null } = {};
    if (input.name !== undefined) data.name = checkedName(input.name);
    if (input.parentId !== undefined) {
      const parentId = checkOptionalId(input.parentId, 'input.parentId') ?? null;
      if (parentId) {
        if (!(await this.repo.exists(parentId))) throw badInput('input.parentId', 'no such territory');
        if ((await this.repo.subtreeIds(before.id)).includes(parentId)) throw badInput('input.parentId', 'cannot be the territory itself or one below it');
      }
      data.parentId = parentId;
    }
    return this.repo.transaction(scope, async (tx) => {
      const name = data.name ?? before.name;
      const parentId = data.parentId === undefined ? before.parentId : data.parentId;
      if ((name !== before.name || parentId !== before.parentId) && (await this.repo.siblingNamed(tx, parentId, name, before.id))) {
        throw territoryNameTaken(name);
      }
      const after = await this.repo.updateVersioned(tx, before.id, input.version, data);
      if (!after) throw staleVersion('Territory');
      const changes: FieldChange[] = [];
      if (after.name !== before.name) changes.push({ field: 'name', from: before.name, to: after.name });
      if (after.parentId !== before.parentId) changes.push({ field: 'parentId', from: before.parentId, to: after.parentId });
      if (changes.length) await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'Territory', entityId: after.id, changes });
      return after;
    });
  }

  /** Deletes an empty territory: CONFLICT naming the children, customers, leads or reps in the way. */
  async delete(viewer: Viewer, scope: Scope, id: string): Promise<boolean> {
    const before = await this.get(scope, id);
    return this.repo.transaction(scope, async (tx) => {
      const usage = await this.repo.usage(tx, before.id);
      if (Object.values(usage).some((n) => n > 0)) throw territoryInUse(usage);
      await this.repo.delete(tx, before.id);
      await recordChange(tx, {
        actorId: viewer.id, action: 'DELETED', entity: 'Territory', entityId: before.id,
        changes: [{ field: 'name', from: before.name, to: null }],
      });
      return true;
    });
  }

  /** Replaces the reps of a territory; every one must be an active staff user. */
  async setReps(viewer: Viewer, scope: Scope, territoryId: string, userIds: string[]): Promise<Territory> {
    const territory = await this.get(scope, territoryId, 'territoryId');
    if (userIds.length > MAX_REPS) throw badInput('userIds', `at most ${MAX_REPS} reps`);
    userIds.forEach((u, i) => checkId(u, `userIds.${i}`));
    const wanted = [...new Set(userIds)];
    const active = await this.repo.activeStaff(wanted);
    const missing = userIds.findIndex((u) => !active.has(u));
    if (missing >= 0) throw badInput(`userIds.${missing}`, 'no such active staff user');
    return this.repo.transaction(scope, async (tx) => {
      const before = (await this.repo.repIds(scope, [territory.id], tx)).get(territory.id)!;
      await this.repo.replaceReps(tx, territory.id, wanted);
      const from = [...before].sort().join(', ');
      const to = [...wanted].sort().join(', ');
      if (from !== to) {
        await recordChange(tx, {
          actorId: viewer.id, action: 'UPDATED', entity: 'Territory', entityId: territory.id,
          changes: [{ field: 'reps', from: from || null, to: to || null }],
        });
      }
      return territory;
    });
  }

  private async get(scope: Scope, id: string, field = 'id'): Promise<Territory> {
    const territory = await this.repo.findById(scope, checkId(id, field));
    if (!territory) throw territoryNotFound();
    return territory;
  }
}

function checkedName(value: string | null | undefined): string {
  const name = value?.trim();
  if (!name) throw badInput('input.name', 'is required');
  if (name.length > 100) throw badInput('input.name', 'must be at most 100 characters');
  return name;
}
