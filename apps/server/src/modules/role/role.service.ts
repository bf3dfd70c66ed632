import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { PERMISSIONS } from '../../core/auth/permissions.ts';
import { badInput, staleVersion, type FieldError } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import type { RoleRepository, RoleRow } from './role.repository.ts';
import { AccessModuleName, VisibilityLevel, type AccessRole, type PermissionModule } from './role.type.ts';
import type { CreateRoleInput, ModuleVisibilityInput, UpdateRoleInput } from './role.inputs.ts';
import { adminRoleLocked, builtInRoleKept, roleInUse, roleNameTaken, roleNotFound } from './role.errors.ts';

const STAFF_LEVELS: readonly VisibilityLevel[] = [VisibilityLevel.all, VisibilityLevel.department, VisibilityLevel.own, VisibilityLevel.none];
const PARTNER_LEVELS: readonly VisibilityLevel[] = [VisibilityLevel.partner, VisibilityLevel.none];

export function toAccessRole(row: RoleRow): AccessRole {
  return {
    ...row,
    visibility: Object.entries(row.visibility ?? {}).map(([module, level]) => ({ module: module as AccessModuleName, level: level as VisibilityLevel })),
  };
}

const auditable = (r: { name: string; description: string | null; permissions: string[]; visibility: Record<string, string> }) => ({
  name: r.name, description: r.description, permissions: [...r.permissions].sort(), visibility: r.visibility,
});

/**
 * Roles in the database (SPEC §5): a grid of module × action plus a visibility level per
 * module. Admins edit every built-in role but the Administrator (so nobody locks the company
 * out) and create their own; a change applies from the next request of every holder, since
 * the role is read with the session.
 */
export class RoleService {
  constructor(readonly repo: RoleRepository) {}

  async list(scope: Scope): Promise<AccessRole[]> {
    return (await this.repo.findAll(scope)).map(toAccessRole);
  }

  /** Every role, for the `accessRole` field of users (admins and the user themself only, by field rules). */
  async listForHolders(): Promise<AccessRole[]> {
    return (await this.repo.findAllForHolders()).map(toAccessRole);
  }

  async get(scope: Scope, id: string): Promise<AccessRole> {
    const row = await this.repo.findById(scope, checkId(id));
    if (!row) throw roleNotFound();
    return toAccessRole(row);
  }

  /** The permission grid: every module with its actions, from the catalogue the checker knows. */
  catalog(): PermissionModule[] {
    const modules = new Map<string, string[]>();
    for (const p of PERMISSIONS) {
      const [module, action] = p.split(':') as [string, string];
      modules.set(module, [...(modules.get(module) ?? []), action]);
    }
    return [...modules].map(([module, actions]) => ({ module, actions }));
  }

  async create(viewer: Viewer, scope: Scope, input: CreateRoleInput): Promise<AccessRole> {
    const name = input.name.trim();
    const permissions = checkedPermissions(input.permissions, 'input.permissions');
    const visibility = checkedVisibility(input.visibility, input.forPartners, 'input.visibility');
    const id = newId();
    await this.repo.transaction(scope, async (tx) => {
      if (await this.repo.nameTaken(tx, name, null)) throw roleNameTaken(name);
      const data = { id, name, description: input.description?.trim() || null, forPartners: input.forPartners, permissions, visibility };
      await this.repo.create(tx, data);
      await recordChange(tx, { actorId: viewer.id, action: 'CREATED', entity: 'AccessRole', entityId: id, changes: diffFields({}, auditable(data)) });
    });
    return this.get(scope, id);
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateRoleInput): Promise<AccessRole> {
    checkId(id);
    await this.repo.transaction(scope, async (tx) => {
      const before = await this.repo.lock(scope, tx, id);
      if (!before) throw roleNotFound();
      if (before.key === 'ADMIN') throw adminRoleLocked();
      if (before.version !== input.version) throw staleVersion('Role');
      const name = input.name == null ? undefined : input.name.trim();
      if (name !== undefined && (await this.repo.nameTaken(tx, name, id))) throw roleNameTaken(name);
      const data = {
        ...(name !== undefined ? { name } : {}),
        ...(input.description !== undefined ? { description: input.description?.trim() || null } : {}),
        ...(input.permissions != null ? { permissions: checkedPermissions(input.permissions, 'input.permissions') } : {}),
        ...(input.visibility != null ? { visibility: checkedVisibility(input.visibility, before.forPartners, 'input.visibility') } : {}),
      };
      if (!(await this.repo.updateVersioned(tx, id, input.version, data))) throw staleVersion('Role');
      const changes = diffFields(auditable(before), auditable({ ...before, ...data }));
      if (changes.length) await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'AccessRole', entityId: id, changes });
    });
    return this.get(scope, id);
  }

  async remove(viewer: Viewer, scope: Scope, id: string): Promise<boolean> {
    checkId(id);
    return this.repo.transaction(scope, async (tx) => {
      const role = await this.repo.lock(scope, tx, id);
      if (!role) throw roleNotFound();
      if (role.key) throw builtInRoleKept();
      const holders = await this.repo.countHolders(tx, id);
      if (holders) throw roleInUse(holders);
      await this.repo.delete(tx, id);
      await recordChange(tx, { actorId: viewer.id, action: 'DELETED', entity: 'AccessRole', entityId: id, changes: [{ field: 'name', from: role.name, to: null }] });
      return true;
    });
  }
}

/** Known, distinct permissions; every unknown one is named (`input.permissions[2]`). */
function checkedPermissions(permissions: string[], field: string): string[] {
  const errors: FieldError[] = [];
  permissions.forEach((p, i) => {
    if (!(PERMISSIONS as readonly string[]).includes(p)) errors.push({ field: `${field}[${i}]`, message: `${p} is not a permission (see permissionCatalog)` });
  });
  if (errors.length) throw badInput(errors);
  return [...new Set(permissions)].sort();
}

/** One level per module, from the levels a staff or partner role may use. */
function checkedVisibility(entries: ModuleVisibilityInput[], forPartners: boolean, field: string): Record<string, string> {
  const allowed = forPartners ? PARTNER_LEVELS : STAFF_LEVELS;
  const errors: FieldError[] = [];
  const result: Record<string, string> = {};
  entries.forEach((e, i) => {
    if (e.module in result) errors.push({ field: `${field}[${i}].module`, message: `${e.module} is given twice` });
    else if (!allowed.includes(e.level)) errors.push({ field: `${field}[${i}].level`, message: `must be one of ${allowed.join(', ')} for a ${forPartners ? 'partner' : 'staff'} role` });
    else result[e.module] = e.level;
  });
  if (errors.length) throw badInput(errors);
  return result;
}
