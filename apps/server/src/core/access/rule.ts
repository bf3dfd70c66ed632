import { Prisma } from '../../generated/prisma/client.ts';
import { levelOf, type Scope } from '../auth/scope.ts';
import type { SharedIds } from '../auth/viewer.ts';
import type { AccessModule, Level } from './levels.ts';

/** A Prisma `where` for one model (typed by the caller through visibleWhere). */
export type Where = Record<string, unknown>;

/**
 * One model's visibility, declared once: the same declaration yields the Prisma `where`
 * for the client and the SQL predicate for raw statements, so the two cannot drift
 * (access-equivalence.int.test.ts checks them against each other on random data).
 */
export interface AccessRule {
  /** What the rule says, for people reading the rules and the coverage test. */
  readonly describe: string;
  /** The Prisma where, or null when the model has no relation to express it (raw SQL only). */
  where(scope: Scope): Where | null;
  /** The predicate over the model's table aliased `alias`. */
  sql(scope: Scope, alias: string): Prisma.Sql;
}

/**
 * Matches no row: an empty IN over a real column. (Prisma reads `{ OR: [] }` as "nothing"
 * at the top of a where but as "no condition" inside AND, so it is never used here.)
 */
const nothing = (column: string): Where => ({ [column]: { in: [] } });
const col = (alias: string, name: string) => Prisma.raw(`${alias}."${name}"`);
const or = (parts: Prisma.Sql[]) => (parts.length === 1 ? parts[0]! : Prisma.sql`(${Prisma.join(parts, ' OR ')})`);
const orWhere = (parts: Where[]): Where => (parts.length === 1 ? parts[0]! : { OR: parts });

/** A grant Prisma cannot express (no relation to follow): a model using it is queried with raw SQL only. */
export const SQL_ONLY = Symbol('sql-only');

/** A further way a row becomes visible below level `all` (attendees, creators, a department); null where it does not apply. */
export interface Grant {
  where(scope: Scope, level: Level): Where | typeof SQL_ONLY | null;
  sql(scope: Scope, level: Level, alias: string): Prisma.Sql | null;
}

export interface OwnedOptions {
  module: AccessModule;
  /** The column naming the owning user (default ownerId). */
  owner?: string;
  /** Rows without an owner are in the pool, which every staff member sees. */
  pool?: boolean;
  /** The column linking a partner company; without it partner users see nothing. */
  partner?: string;
  grants?: readonly Grant[];
}

/**
 * Owned by a user: all rows at level `all`; the subtree's users' at `department`; one's own
 * at `own`; the partner company's at `partner`; plus the pool and any grants below `all`.
 */
export function owned(o: OwnedOptions): AccessRule {
  const owner = o.owner ?? 'ownerId';
  const grants = o.grants ?? [];
  return {
    describe: `owned (${o.module}: ${owner}${o.pool ? ', pool' : ''}${o.partner ? `, partner ${o.partner}` : ''}${grants.length ? ', grants' : ''})`,
    where(scope) {
      const level = levelOf(scope, o.module);
      if (level === 'all') return {};
      if (level === 'none') return nothing(owner);
      if (level === 'partner') {
        const partnerId = scope.kind === 'partner' ? scope.partnerId : null;
        return o.partner && partnerId ? { [o.partner]: partnerId } : nothing(owner);
      }
      const parts: Where[] = [{ [owner]: level === 'department' ? { in: [...ownerIds(scope)] } : scope.userId }];
      if (o.pool) parts.push({ [owner]: null });
      for (const g of grants) {
        const w = g.where(scope, level);
        if (w === SQL_ONLY) return null;
        if (w) parts.push(w);
      }
      return orWhere(parts);
    },
    sql(scope, alias) {
      const level = levelOf(scope, o.module);
      if (level === 'all') return Prisma.sql`TRUE`;
      if (level === 'none') return Prisma.sql`FALSE`;
      if (level === 'partner') {
        const partnerId = scope.kind === 'partner' ? scope.partnerId : null;
        return o.partner && partnerId ? Prisma.sql`${col(alias, o.partner)} = ${partnerId}` : Prisma.sql`FALSE`;
      }
      const parts: Prisma.Sql[] = [
        level === 'department'
          ? Prisma.sql`${col(alias, owner)} IN (${Prisma.join([...ownerIds(scope)])})`
          : Prisma.sql`${col(alias, owner)} = ${scope.userId}`,
      ];
      if (o.pool) parts.push(Prisma.sql`${col(alias, owner)} IS NULL`);
      for (const g of grants) {
        const s = g.sql(scope, level, alias);
        if (s) parts.push(s);
      }
      return or(parts);
    },
  };
}

/** The users a department-level read covers (the principal alone when it has no department). */
function ownerIds(scope: Scope): readonly string[] {
  return (scope.kind === 'department' || scope.kind === 'own') && scope.userIds ? scope.userIds : [scope.userId];
}

/** Rows the principal created, for the roles named (marketers keep sight of the leads they captured). */
export function createdBy(column: string, roles: readonly string[]): Grant {
  const applies = (scope: Scope) => roles.includes(scope.role);
  return {
    where: (scope) => (applies(scope) ? { [column]: scope.userId } : null),
    sql: (scope, _level, alias) => (applies(scope) ? Prisma.sql`${col(alias, column)} = ${scope.userId}` : null),
  };
}

/** Rows linked to the principal through a child table (an activity's attendees). */
export function linkedUser(l: { relation: string; table: string; foreignKey: string; user: string }): Grant {
  return {
    where: (scope) => ({ [l.relation]: { some: { [l.user]: scope.userId } } }),
    sql: (scope, _level, alias) =>
      Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${l.table}" lnk`)} WHERE lnk.${Prisma.raw(`"${l.foreignKey}"`)} = ${col(alias, 'id')} AND lnk.${Prisma.raw(`"${l.user}"`)} = ${scope.userId})`,
  };
}

/** The ids of the departments in the subtree of a user's own department (paths are "/a/b/"), as a parenthesised subquery. */
export const viewerDepartmentSubtreeSql = (userId: string) => Prisma.sql`(
  SELECT sd.id FROM "Department" sd WHERE sd.path LIKE (
    SELECT vd.path FROM "Department" vd JOIN "User" vu ON vu."departmentId" = vd.id WHERE vu.id = ${userId}) || '%')`;

/**
 * Rows of a department in the principal's own department subtree, at level `department`
 * (a manager sees the targets of the departments below it). Departments keep a
 * materialized path "/a/b/".
 */
export function departmentSubtree(column: string): Grant {
  return {
    // a path prefix of the viewer's own department has no Prisma form
    where: (_scope, level) => (level === 'department' ? SQL_ONLY : null),
    sql: (scope, level, alias) => (level === 'department' ? Prisma.sql`${col(alias, column)} IN ${viewerDepartmentSubtreeSql(scope.userId)}` : null),
  };
}

/**
 * Visible exactly when the parent row is: a contact through its customer, a quote line
 * through its quote. `relation` is the Prisma relation field, when the model has one.
 */
export function inherit(parent: () => AccessRule, p: { table: string; column: string; relation?: string }): AccessRule {
  return {
    get describe() {
      return `inherits from ${p.table} through ${p.column}`;
    },
    where(scope) {
      const parentWhere = parent().where(scope);
      if (parentWhere && Object.keys(parentWhere).length === 0) return {};
      if (!p.relation || !parentWhere) return null;
      return { [p.relation]: parentWhere };
    },
    sql(scope, alias) {
      const parentSql = parent().sql(scope, 'par');
      if (parentSql.sql === 'TRUE') return Prisma.sql`TRUE`;
      return Prisma.sql`${col(alias, p.column)} IN (SELECT par.id FROM ${Prisma.raw(`"${p.table}" par`)} WHERE ${parentSql})`;
    },
  };
}

/**
 * Shared catalogue data (products, stages, rates, territories): every staff member reads it;
 * partner users only if `partners`. `key` is a column of the model (default id).
 */
export function reference(o: { partners: boolean; key?: string }): AccessRule {
  const visible = (scope: Scope) => scope.kind !== 'partner' || o.partners;
  return {
    describe: `reference data (staff${o.partners ? ' and partners' : ''})`,
    where: (scope) => (visible(scope) ? {} : nothing(o.key ?? 'id')),
    sql: (scope) => (visible(scope) ? Prisma.sql`TRUE` : Prisma.sql`FALSE`),
  };
}

/** Partner companies: staff read them all (names on customers and deals); a partner user only its own. */
export function partnerCompany(): AccessRule {
  return {
    describe: 'staff: all; partner users: their own company',
    where: (scope) => (scope.kind !== 'partner' ? {} : scope.partnerId ? { id: scope.partnerId } : nothing('id')),
    sql: (scope, alias) =>
      scope.kind !== 'partner' ? Prisma.sql`TRUE` : scope.partnerId ? Prisma.sql`${col(alias, 'id')} = ${scope.partnerId}` : Prisma.sql`FALSE`,
  };
}

/** Rows only their own user reads (sessions); with `admins`, administrators read them all (API keys). */
export function selfOnly(column: string, o: { admins?: boolean } = {}): AccessRule {
  const everything = (scope: Scope) => !!o.admins && scope.kind === 'all';
  return {
    describe: `only the user in ${column}${o.admins ? ', and admins' : ''}`,
    where: (scope) => (everything(scope) ? {} : { [column]: scope.userId }),
    sql: (scope, alias) => (everything(scope) ? Prisma.sql`TRUE` : Prisma.sql`${col(alias, column)} = ${scope.userId}`),
  };
}

/**
 * Rows shared explicitly (RecordShare) with the principal or a department it belongs to
 * (its own or one above it). The ids come with the session (auth repository), so the grant
 * is a plain `id IN (…)` the planner handles like the owner test — and nothing at all for
 * the many principals with no shares.
 */
export function sharedWith(kind: keyof SharedIds): Grant {
  const ids = (scope: Scope) => scope.shared?.[kind] ?? [];
  return {
    where: (scope) => (ids(scope).length ? { id: { in: [...ids(scope)] } } : null),
    sql: (scope, _level, alias) => (ids(scope).length ? Prisma.sql`${col(alias, 'id')} IN (${Prisma.join([...ids(scope)])})` : null),
  };
}

/** Visible when any of several optional parents is (a share belongs to a customer, a deal or a contract). */
export function anyParent(parents: readonly { rule: () => AccessRule; table: string; column: string; relation: string }[]): AccessRule {
  return {
    describe: `follows whichever of ${parents.map((p) => p.table).join(', ')} it belongs to`,
    where(scope) {
      const parts: Where[] = [];
      for (const p of parents) {
        const w = p.rule().where(scope);
        if (!w) return null;
        parts.push(Object.keys(w).length === 0 ? { [p.column]: { not: null } } : { [p.relation]: w });
      }
      return orWhere(parts);
    },
    sql(scope, alias) {
      return or(
        parents.map((p) => {
          const parentSql = p.rule().sql(scope, 'par');
          return parentSql.sql === 'TRUE'
            ? Prisma.sql`${col(alias, p.column)} IS NOT NULL`
            : Prisma.sql`${col(alias, p.column)} IN (SELECT par.id FROM ${Prisma.raw(`"${p.table}" par`)} WHERE ${parentSql})`;
        }),
      );
    },
  };
}

/** Internal bookkeeping no principal reads through the API; only the system client touches it. `key`: a column of the model. */
export function systemOnly(reason: string, key: string): AccessRule {
  return {
    describe: `system only: ${reason}`,
    where: () => nothing(key),
    sql: () => Prisma.sql`FALSE`,
  };
}
