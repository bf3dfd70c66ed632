import { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../auth/scope.ts';
import { ACCESS_RULES, type ModelName } from './rules.ts';

/**
 * The one entry to record visibility (SPEC §5). Repositories add `visibleWhere` to every
 * Prisma read, count, aggregate, update and delete, and `visibleSql` to every raw
 * statement; both come from the model's single declaration in rules.ts.
 */
type WhereOf = {
  [M in ModelName]: NonNullable<Parameters<Prisma.TypeMap['model'][M]['operations']['findMany']['args'] extends infer A ? (a: A) => void : never>[0]> extends { where?: infer W } ? W : never;
};

export function visibleWhere<M extends ModelName>(model: M, scope: Scope): NonNullable<WhereOf[M]> {
  const where = ACCESS_RULES[model].where(scope);
  if (!where) throw new Error(`${model}'s visibility has no Prisma form; query it with visibleSql`);
  return where as NonNullable<WhereOf[M]>;
}

/** The same visibility as SQL over the model's table aliased `alias`. */
export function visibleSql(model: ModelName, scope: Scope, alias: string): Prisma.Sql {
  return ACCESS_RULES[model].sql(scope, alias);
}
