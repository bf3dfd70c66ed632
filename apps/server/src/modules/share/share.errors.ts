import { badInput, forbidden, notFound } from '../../core/errors/app-error.ts';

export const shareNotFound = () => notFound('Share');
export const onlyOwnerShares = () => forbidden('Only the record’s owner, their manager or an admin may share it');
export const oneGrantee = () => badInput([
  { field: 'input.userId', message: 'give exactly one of userId and departmentId' },
  { field: 'input.departmentId', message: 'give exactly one of userId and departmentId' },
]);
