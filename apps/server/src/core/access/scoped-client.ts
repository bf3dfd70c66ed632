import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../db/database.ts';
import type { Scope } from '../auth/scope.ts';
import { ACCESS_RULES, type ModelName } from './rules.ts';

/** Operations whose `where` the scoped client narrows: every read, count and aggregate, and writes by filter or by id. */
const FILTERED = new Set([
  'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy',
  'update', 'updateMany', 'updateManyAndReturn', 'delete', 'deleteMany', 'upsert',
]);

const cache = new WeakMap<Scope, WeakMap<Db, Db>>();
/** Each scoped proxy's unscoped client, so that systemClient(tx, reason) reaches the same transaction. */
const unscoped = new WeakMap<object, object>();

/** Model delegates by their client property (`customer` → Customer). */
const MODEL_OF: ReadonlyMap<string, ModelName> = new Map(
  (Object.values(Prisma.ModelName) as ModelName[]).map((m) => [m[0]!.toLowerCase() + m.slice(1), m]),
);

/**
 * A Prisma client that adds the scope's visibility rule (core/access/rules.ts) to the
 * `where` of every read, count, aggregate, groupBy, update and delete of every model,
 * so a repository method cannot forget it (SPEC §5). Create has no where: permissions and
 * the service decide it. Relations loaded with include/select are not narrowed:
 * repositories load related records through their own scoped query. Bypassing it takes
 * `systemClient` with a stated reason.
 *
 * A thin proxy over the client's model delegates, built once per scope (request): a Prisma
 * `$extends` client per request cost about 1 ms of every request in the benchmark.
 */
export function scopedClient(db: Db, scope: Scope): Db {
  let perDb = cache.get(scope);
  if (!perDb) cache.set(scope, (perDb = new WeakMap()));
  let client = perDb.get(db);
  if (!client) perDb.set(db, (client = scopedProxy(db, scope)));
  return client;
}

/** The client (or a transaction's client) with every model delegate narrowed; an interactive transaction hands its callback a narrowed client too. */
function scopedProxy<C extends object>(db: C, scope: Scope): C {
  const delegates = new Map<string, unknown>();
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === '$transaction') {
        const transaction = Reflect.get(target, prop, receiver) as (arg: unknown, options?: unknown) => Promise<unknown>;
        return (arg: unknown, options?: unknown) =>
          typeof arg === 'function'
            ? transaction.call(target, (tx: object) => (arg as (tx: object) => unknown)(scopedProxy(tx, scope)), options)
            : transaction.call(target, arg, options);
      }
      const model = typeof prop === 'string' ? MODEL_OF.get(prop) : undefined;
      if (!model) return Reflect.get(target, prop, receiver);
      let delegate = delegates.get(prop as string);
      if (!delegate) delegates.set(prop as string, (delegate = scopedDelegate(Reflect.get(target, prop, receiver) as Record<string, unknown>, model, scope)));
      return delegate;
    },
  });
  unscoped.set(proxy, db);
  return proxy;
}

function scopedDelegate(delegate: Record<string, unknown>, model: ModelName, scope: Scope): object {
  return new Proxy(delegate, {
    get(target, op, receiver) {
      const method = Reflect.get(target, op, receiver);
      if (typeof op !== 'string' || !FILTERED.has(op) || typeof method !== 'function') return method;
      return (args: { where?: object } = {}) => method.call(target, withRule(args, model, scope));
    },
  });
}

function withRule<A extends { where?: object }>(args: A, model: ModelName, scope: Scope): A {
  const rule = ACCESS_RULES[model].where(scope);
  if (!rule) throw new Error(`${model} has no Prisma form of its access rule; query it with visibleSql`);
  if (Object.keys(rule).length === 0) return args;
  return { ...args, where: args.where ? { ...args.where, AND: [...andOf(args.where), rule] } : rule };
}

/** The existing AND of a where, as a list (kept beside the unique fields a findUnique needs at the top level). */
function andOf(where: object): object[] {
  const and = (where as { AND?: object | object[] }).AND;
  return and === undefined ? [] : Array.isArray(and) ? and : [and];
}

/**
 * The unscoped client, for work that is about every principal's rows on purpose (sweepers,
 * sign-in, migrations, document number sequences). Given a scoped client or a scoped
 * transaction, it answers the same connection without the rule, so a system write can join
 * the caller's transaction. The reason is the point: `grep -rn systemClient` lists every bypass.
 */
export function systemClient<C extends object>(db: C, reason: string): C {
  if (!reason.trim()) throw new Error('systemClient needs a reason');
  return (unscoped.get(db) as C | undefined) ?? db;
}
