import { conflict, notFound } from '../../core/errors/app-error.ts';

export const roleNotFound = () => notFound('Role');
export const roleNameTaken = (name: string) => conflict(`A role named ${name} exists already`, { reason: 'NAME_TAKEN', field: 'input.name' });
export const adminRoleLocked = () =>
  conflict('The built-in Administrator role cannot be changed: it keeps the company from locking itself out', { reason: 'ADMIN_ROLE_LOCKED' });
export const builtInRoleKept = () => conflict('Built-in roles can be edited but not deleted', { reason: 'BUILT_IN' });
export const roleInUse = (count: number) => conflict(`${count} user(s) hold this role; give them another one first`, { reason: 'IN_USE', count });
