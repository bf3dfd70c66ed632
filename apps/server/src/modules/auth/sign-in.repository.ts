import type { Db } from '../../core/db/database.ts';
import { recordChange } from '../../core/changes/change.ts';
import { systemClient } from '../../core/access/scoped-client.ts';

export interface LimitCount {
  key: string;
  count: number;
  windowStart: Date;
  /** Seconds until the window ends and the count starts again from zero. */
  retryAfterSeconds: number;
}

/** An active, unlocked account whose sign-in attempt has been counted. */
export interface CountedAccount {
  id: string;
  passwordHash: string;
  /** This attempt reached the limit of failures and locked the account. */
  lockedNow: boolean;
}

/**
 * The counters sign-in keeps, each changed by one atomic statement so that concurrent
 * attempts never read the same count: failures per account (the lockout) and attempts per
 * client address and per email in fixed windows (the rate limits). They live in PostgreSQL,
 * so every API server behind a load balancer counts the same attempts; windows follow the
 * database's clock, not each server's. Nobody is signed in yet: every statement here is a
 * system one.
 */
export class SignInRepository {
  constructor(private readonly db: Db) {}

  /**
   * Counts an attempt against an active account that is not locked, before its password is
   * checked, and locks it when this is the `maxFailures`-th attempt since the last success
   * (a success resets the count). Null for an unknown, inactive or locked account: the
   * caller cannot and must not tell them apart. Counting first means a burst of concurrent
   * guesses gets at most `maxFailures` passwords checked, not one per request.
   */
  async countAccountAttempt(email: string, maxFailures: number, now: Date, lockUntil: Date): Promise<CountedAccount | null> {
    const system = systemClient(this.db, 'sign-in: counting an attempt against the account with this email, before anyone is signed in');
    const rows = await system.$queryRaw<CountedAccount[]>`
      UPDATE "User" SET
        "failedLogins" = CASE WHEN "failedLogins" + 1 >= ${maxFailures} THEN 0 ELSE "failedLogins" + 1 END,
        "lockedUntil" = CASE WHEN "failedLogins" + 1 >= ${maxFailures} THEN ${lockUntil}::timestamp ELSE NULL END
      WHERE email = ${email} AND active AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now}::timestamp)
      RETURNING id, "passwordHash", "lockedUntil" IS NOT NULL AS "lockedNow"`;
    return rows[0] ?? null;
  }

  /**
   * Counts one attempt against each key in the current window and returns the new counts,
   * in one statement: concurrent attempts never read the same count. Windows before the
   * current one are deleted on the way (their counts no longer matter).
   */
  async countWindowAttempts(keys: string[], windowSeconds: number): Promise<LimitCount[]> {
    const system = systemClient(this.db, 'sign-in rate limits: the attempt counters per client address and per email');
    return system.$queryRaw<LimitCount[]>`
      WITH w AS (SELECT to_timestamp(floor(extract(epoch FROM now()) / ${windowSeconds}) * ${windowSeconds}) AS start),
      pruned AS (DELETE FROM "SignInLimit" WHERE "windowStart" < (SELECT start FROM w))
      INSERT INTO "SignInLimit" (key, "windowStart", count)
      SELECT k, w.start, 1 FROM unnest(${keys}::text[]) AS k, w
      ON CONFLICT (key, "windowStart") DO UPDATE SET count = "SignInLimit".count + 1
      RETURNING key, count, "windowStart",
        GREATEST(1, ceil(extract(epoch FROM "windowStart" - now()) + ${windowSeconds}))::int AS "retryAfterSeconds"`;
  }

  /** Audits that failed sign-ins locked an account (no actor: nobody signed in did it). */
  async recordLocked(userId: string): Promise<void> {
    const system = systemClient(this.db, 'sign-in: failed attempts locked an account; nobody is signed in to audit it as');
    await system.$transaction((tx) => recordChange(tx, { actorId: null, action: 'LOCKED', entity: 'User', entityId: userId }));
  }

  /** Takes back one attempt per key from a window (a successful sign-in does not count). */
  async uncountWindowAttempts(keys: string[], windowStart: Date): Promise<void> {
    const system = systemClient(this.db, 'sign-in rate limits: a successful sign-in takes its attempt back');
    await system.$executeRaw`
      UPDATE "SignInLimit" SET count = count - 1
      WHERE key = ANY(${keys}::text[]) AND "windowStart" = ${windowStart} AND count > 0`;
  }
}
