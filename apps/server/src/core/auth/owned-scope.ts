import { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from './scope.ts';

/** A Prisma where over records with `ownerId` and `partnerId` (deals, contracts). */
export type OwnedRecordWhere = { ownerId?: string | { in: string[] }; partnerId?: string; id?: { in: string[] } };

/**
 * Records a scope may see when they belong to their owner (and maybe a partner company), with
 * no pool: everything for admins, the department subtree's for managers, one's own for other
 * staff, the partner company's for partner users. A record without an owner is visible to
 * admins only.
 */
export function ownedRecordWhere(scope: Scope): OwnedRecordWhere {
  switch (scope.kind) {
    case 'all':
      return {};
    case 'department':
      return { ownerId: { in: [...scope.userIds] } };
    case 'own':
      return { ownerId: scope.userId };
    case 'partner':
      return scope.partnerId ? { partnerId: scope.partnerId } : { id: { in: [] } };
  }
}

/** The same visibility as ownedRecordWhere, as SQL over the table aliased `alias`. */
export function ownedRecordSql(scope: Scope, alias: 'o' | 'c'): Prisma.Sql {
  const column = (name: 'ownerId' | 'partnerId') => Prisma.raw(`${alias}."${name}"`);
  switch (scope.kind) {
    case 'all':
      return Prisma.sql`TRUE`;
    case 'department':
      return Prisma.sql`${column('ownerId')} IN (${Prisma.join([...scope.userIds])})`;
    case 'own':
      return Prisma.sql`${column('ownerId')} = ${scope.userId}`;
    case 'partner':
      return scope.partnerId ? Prisma.sql`${column('partnerId')} = ${scope.partnerId}` : Prisma.sql`FALSE`;
  }
}
