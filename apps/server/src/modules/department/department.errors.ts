import { badInput, conflict, notFound } from '../../core/errors/app-error.ts';

export const departmentNotFound = () => notFound('Department');
export const noSuchDepartment = (field: string) => badInput(field, 'no such department');
export const cannotMoveIntoOwnSubtree = () => badInput('input.parentId', 'cannot be the department itself or one of its sub-departments');
export const lastTopLevelDepartment = (name: string) =>
  conflict(`${name} is the only top-level department and cannot be deleted`, { reason: 'ROOT_DEPARTMENT' });
export const departmentHasChildren = (name: string, count: number) =>
  conflict(`${name} still has ${count} sub-department(s); move or delete them first`, { reason: 'HAS_CHILDREN', count });
export const departmentHasUsers = (name: string, count: number) =>
  conflict(`${name} still has ${count} user(s); move them to another department first`, { reason: 'HAS_USERS', count });
