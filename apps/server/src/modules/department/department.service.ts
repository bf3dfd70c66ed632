import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, checkOptionalId, newId } from '../../core/ids.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import type { DepartmentNode, DepartmentRepository } from './department.repository.ts';
import type { Department } from './department.type.ts';
import type { CreateDepartmentInput, UpdateDepartmentInput } from './department.inputs.ts';
import {
  cannotMoveIntoOwnSubtree, departmentHasChildren, departmentHasUsers, departmentNotFound, lastTopLevelDepartment, noSuchDepartment,
} from './department.errors.ts';

const auditable = (d: Pick<DepartmentNode, 'name' | 'parentId'>) => ({ name: d.name, parentId: d.parentId });

/**
 * The department tree (§4 Administration). Paths are materialized ("/top/…/this/"); every
 * change to the tree's shape runs under the tree lock, in one transaction with its audit entry.
 */
export class DepartmentService {
  constructor(readonly repo: DepartmentRepository) {}

  /** The whole tree, flat; clients build it from `parentId`. */
  list(scope: Scope): Promise<Department[]> {
    return this.repo.findAll(scope);
  }

  async create(viewer: Viewer, scope: Scope, input: CreateDepartmentInput): Promise<Department> {
    const name = checkedName(input.name);
    const parentId = checkOptionalId(input.parentId, 'input.parentId') ?? null;
    const id = await this.repo.transaction(scope, async (tx) => {
      await this.repo.lockTree(tx);
      const parent = parentId ? await this.repo.findNode(parentId, tx) : null;
      if (parentId && !parent) throw noSuchDepartment('input.parentId');
      const id = newId();
      const created = await this.repo.create(tx, { id, name, parentId, path: `${parent?.path ?? '/'}${id}/` });
      await recordChange(tx, { actorId: viewer.id, action: 'CREATED', entity: 'Department', entityId: id, changes: diffFields({}, auditable(created)) });
      return id;
    });
    return this.get(scope, id);
  }

  /** Renames and/or moves; a move rewrites the whole subtree's paths in one statement. */
  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateDepartmentInput): Promise<Department> {
    checkId(id);
    const name = input.name === undefined ? undefined : checkedName(input.name);
    const parentId = checkOptionalId(input.parentId, 'input.parentId');
    await this.repo.transaction(scope, async (tx) => {
      await this.repo.lockTree(tx);
      const before = await this.repo.findNode(id, tx);
      if (!before) throw departmentNotFound();
      if (before.version !== input.version) throw staleVersion('Department');
      const moving = parentId !== undefined && parentId !== before.parentId;
      let path = before.path;
      if (moving) {
        const parent = parentId ? await this.repo.findNode(parentId, tx) : null;
        if (parentId && !parent) throw noSuchDepartment('input.parentId');
        if (parent?.path.startsWith(before.path)) throw cannotMoveIntoOwnSubtree();
        path = `${parent?.path ?? '/'}${id}/`;
      }
      const data = { ...(name !== undefined ? { name } : {}), ...(moving ? { parentId } : {}) };
      if (!(await this.repo.updateVersioned(tx, id, input.version, data))) throw staleVersion('Department');
      if (path !== before.path) await this.repo.replacePathPrefix(tx, before.path, path);
      const changes = diffFields(auditable(before), data);
      if (changes.length) await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'Department', entityId: id, changes });
    });
    return this.get(scope, id);
  }

  /** Deletes an empty department; never the only top-level one. */
  async remove(viewer: Viewer, scope: Scope, id: string): Promise<boolean> {
    checkId(id);
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.lockTree(tx);
      const department = await this.repo.findNode(id, tx);
      if (!department) throw departmentNotFound();
      if (department.parentId === null && (await this.repo.countTopLevel(tx)) <= 1) throw lastTopLevelDepartment(department.name);
      const children = await this.repo.countChildren(id, tx);
      if (children) throw departmentHasChildren(department.name, children);
      const users = await this.repo.countUsers(id, tx);
      if (users) throw departmentHasUsers(department.name, users);
      await this.repo.delete(tx, id);
      await recordChange(tx, {
        actorId: viewer.id, action: 'DELETED', entity: 'Department', entityId: id,
        changes: diffFields(auditable(department), { name: null, parentId: null }),
      });
      return true;
    });
  }

  private async get(scope: Scope, id: string): Promise<Department> {
    const [department] = await this.repo.findByIds(scope, [id]);
    if (!department) throw departmentNotFound();
    return department;
  }
}

function checkedName(name: string | null): string {
  const trimmed = name?.trim();
  if (!trimmed) throw badInput('input.name', 'is required');
  if (trimmed.length > 100) throw badInput('input.name', 'must be 1 to 100 characters');
  return trimmed;
}
