import type { Db } from '../db/database.ts';
import type { Scope } from '../auth/scope.ts';
import { ACCESS_RULES, type ModelName } from './rules.ts';

/** Operations whose `where` the scoped client narrows: every read, count and aggregate, and writes by filter or by id. */
const FILTERED = new Set([
  'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy',
  'update', 'updateMany', 'updateManyAndReturn', 'delete', 'deleteMany', 'upsert',
]);

const cache = new WeakMap<Scope, WeakMap<Db, Db>>();

/**
 * A Prisma client that adds the scope's visibility rule (core/access/rules.ts) to the
 * `where` of every read, count, aggregate, groupBy, update and delete of every model,
 * so a repository method cannot forget it (SPEC §5). Built once per scope (request).
 * Create has no where: permissions and the service decide it. Relations loaded with
 * include/select are not narrowed: repositories load related records through their own
 * scoped query. Bypassing it takes `systemClient` with a stated reason.
 */
export function scopedClient(db: Db, scope: Scope): Db {
  let perDb = cache.get(scope);
  if (!perDb) cache.set(scope, (perDb = new WeakMap()));
  let client = perDb.get(db);
  if (!client) {
    // eslint-disable-next-line no-restricted-syntax -- this is the data layer's own hook, not a query
    client = db.$extends({
      query: {
        $allModels: {
          $allOperations({ model, operation, args, query }) {
            if (!FILTERED.has(operation)) return query(args);
            const rule = ACCESS_RULES[model as ModelName].where(scope);
            if (!rule) throw new Error(`${model} has no Prisma form of its access rule; query it with visibleSql`);
            if (Object.keys(rule).length === 0) return query(args);
            const a = args as { where?: object };
            return query({ ...a, where: a.where ? { ...a.where, AND: [...andOf(a.where), rule] } : rule } as typeof args);
          },
        },
      },
    }) as unknown as Db;
    perDb.set(db, client);
  }
  return client;
}

/** The existing AND of a where, as a list (kept beside the unique fields a findUnique needs at the top level). */
function andOf(where: object): object[] {
  const and = (where as { AND?: object | object[] }).AND;
  return and === undefined ? [] : Array.isArray(and) ? and : [and];
}

/**
 * The unscoped client, for work that is about every principal's rows on purpose (sweepers,
 * sign-in, migrations). The reason is the point: `grep -rn systemClient` lists every bypass.
 */
export function systemClient(db: Db, reason: string): Db {
  if (!reason.trim()) throw new Error('systemClient needs a reason');
  return db;
}
