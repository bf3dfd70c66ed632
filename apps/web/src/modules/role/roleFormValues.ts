import type { AccessModule, CreateRoleInput, RoleItemFragment, UpdateRoleInput, VisibilityLevel } from '@panorama/schema';
import type { FieldErrors } from '../../lib/errors.ts';

/** Modules whose records have an owner, so a role may read them at its own level (AccessModule, in grid order). */
export const VISIBILITY_MODULES = [
  'customer', 'opportunity', 'lead', 'activity', 'contract', 'target', 'commission', 'user',
] as const satisfies readonly AccessModule[];

/** The levels a staff or a partner role may use (the server refuses the others). */
export const levelsFor = (forPartners: boolean): readonly VisibilityLevel[] =>
  forPartners ? ['partner', 'none'] : ['all', 'department', 'own', 'none'];

export interface RoleFormValues {
  name: string;
  description: string;
  forPartners: boolean;
  /** `module:action` */
  permissions: string[];
  /** Modules left out read at the level of the user's kind. */
  visibility: Partial<Record<AccessModule, VisibilityLevel>>;
}

export const emptyRoleValues = (): RoleFormValues => ({ name: '', description: '', forPartners: false, permissions: [], visibility: {} });

export const roleToValues = (role: RoleItemFragment): RoleFormValues => ({
  name: role.name,
  description: role.description ?? '',
  forPartners: role.forPartners,
  permissions: [...role.permissions],
  visibility: Object.fromEntries(role.visibility.map((v) => [v.module, v.level])),
});

const visibilityInput = (v: RoleFormValues) =>
  VISIBILITY_MODULES.flatMap((module) => (v.visibility[module] ? [{ module, level: v.visibility[module] }] : []));

export const toCreateInput = (v: RoleFormValues): CreateRoleInput => ({
  name: v.name.trim(),
  description: v.description.trim() || null,
  forPartners: v.forPartners,
  permissions: v.permissions,
  visibility: visibilityInput(v),
});

/** Built-in roles keep their name (the UI names them by key in the user's language). */
export const toUpdateInput = (v: RoleFormValues, role: RoleItemFragment): UpdateRoleInput => ({
  version: role.version,
  ...(role.key ? {} : { name: v.name.trim() }),
  description: v.description.trim() || null,
  permissions: v.permissions,
  visibility: visibilityInput(v),
});

/**
 * The server names list entries by index (`visibility[1].level`, `permissions[3]`): the form shows
 * a visibility error at its module's select and permission errors above the grid.
 */
export function placeFieldErrors(errors: FieldErrors, sent: RoleFormValues): FieldErrors {
  const sentVisibility = visibilityInput(sent);
  const placed: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const visibility = /^visibility\[(\d+)\]/.exec(field);
    const permission = /^permissions\[(\d+)\]/.exec(field);
    const key = visibility
      ? `visibility.${sentVisibility[Number(visibility[1])]?.module ?? 'unknown'}`
      : permission ? 'permissions' : field;
    placed[key] = placed[key] ? `${placed[key]}; ${message}` : message;
  }
  return placed;
}
