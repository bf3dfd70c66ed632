import { badInput, notFound } from '../../core/errors/app-error.ts';

export const userNotFound = () => notFound('User');
export const emailInUse = () => badInput('input.email', 'is already in use');
export const cannotDeactivateSelf = () => badInput('id', 'you cannot deactivate your own account');
export const cannotChangeOwnRole = (field: 'input.role' | 'input.accessRoleId' = 'input.role') => badInput(field, 'you cannot change your own role');
