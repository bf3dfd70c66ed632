import { registerEnumType } from 'type-graphql';

export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export enum DeletedFilter {
  ACTIVE = 'ACTIVE',
  DELETED = 'DELETED',
}
registerEnumType(DeletedFilter, { name: 'DeletedFilter', description: 'Soft-deleted records are hidden unless DELETED is asked for.' });

/** Prisma `where` fragment for the soft-delete filter. */
export const deletedWhere = (filter: DeletedFilter | null | undefined) =>
  filter === DeletedFilter.DELETED ? { deletedAt: { not: null } } : { deletedAt: null };
