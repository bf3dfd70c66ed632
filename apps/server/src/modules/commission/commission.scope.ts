import { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../../core/auth/scope.ts';

/**
 * Whose commission a scope may see, as SQL over a user-id column: the same kinds as deals
 * (opportunity.scope.ts): admins everyone, managers their department subtree, reps themselves,
 * partners no one. A manager's statements are built only from deals in the same scope.
 */
export function commissionUserSql(scope: Scope, column: Prisma.Sql): Prisma.Sql {
  switch (scope.kind) {
    case 'all':
      return Prisma.sql`TRUE`;
    case 'department':
      return Prisma.sql`${column} IN (${Prisma.join([...scope.userIds])})`;
    case 'own':
      return Prisma.sql`${column} = ${scope.userId}`;
    case 'partner':
      return Prisma.sql`FALSE`;
  }
}
