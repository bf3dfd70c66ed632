import { Prisma } from '../../generated/prisma/client.ts';
import type { WebhookDeliveryStatus } from '../../generated/prisma/enums.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { visibleSql } from '../../core/access/access.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import { recordChange } from '../../core/changes/change.ts';
import { markDispatched } from '../../core/changes/outbox.ts';

export type Tx = Prisma.TransactionClient;
export type SubscriptionRow = Prisma.WebhookSubscriptionGetPayload<object>;
export type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ include: { attemptLog: true } }>;

/** A delivery claimed for sending, with what signing it needs. */
export interface DueDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
}

const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/**
 * Webhooks. Subscriptions and their deliveries are read and changed through the scoped
 * client (the owner's, every one for admins: core/access/rules.ts). The dispatcher and the
 * sender are system work across every owner, each bypass named; what an event may reveal is
 * decided per owner with the audit rule (`visibleEventIds`), never here.
 */
export class WebhookRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  create(tx: Tx, data: Prisma.WebhookSubscriptionUncheckedCreateInput): Promise<SubscriptionRow> {
    return tx.webhookSubscription.create({ data });
  }

  find(tx: Tx, id: string): Promise<SubscriptionRow | null> {
    return tx.webhookSubscription.findFirst({ where: { id } });
  }

  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.WebhookSubscriptionUncheckedUpdateInput): Promise<SubscriptionRow | null> {
    const { count } = await tx.webhookSubscription.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count ? tx.webhookSubscription.findFirst({ where: { id } }) : null;
  }

  countOwned(tx: Tx, ownerId: string): Promise<number> {
    return tx.webhookSubscription.count({ where: { ownerId } });
  }

  findDelivery(tx: Tx, id: string): Promise<{ subscriptionId: string; eventId: string } | null> {
    return tx.webhookDelivery.findFirst({ where: { id }, select: { subscriptionId: true, eventId: true } });
  }

  delete(tx: Tx, id: string): Promise<Prisma.BatchPayload> {
    return tx.webhookSubscription.deleteMany({ where: { id } });
  }

  async list(scope: Scope, after: Cursor | null, take: number): Promise<{ rows: SubscriptionRow[]; totalCount: number }> {
    const db = scopedClient(this.db, scope);
    const [rows, totalCount] = await Promise.all([
      db.webhookSubscription.findMany({ where: keysetWhere('createdAt', 'desc', after, true), orderBy: NEWEST_FIRST, take }),
      db.webhookSubscription.count(),
    ]);
    return { rows, totalCount };
  }

  async deliveries(scope: Scope, subscriptionId: string, status: WebhookDeliveryStatus | null, after: Cursor | null, take: number) {
    const db = scopedClient(this.db, scope);
    const where: Prisma.WebhookDeliveryWhereInput = { subscriptionId, ...(status ? { status } : {}) };
    const [rows, totalCount] = await Promise.all([
      db.webhookDelivery.findMany({ where: { ...where, ...keysetWhere('createdAt', 'desc', after, true) }, orderBy: NEWEST_FIRST, take, include: { attemptLog: { orderBy: { at: 'desc' }, take: 20 } } }),
      db.webhookDelivery.count({ where }),
    ]);
    return { rows, totalCount };
  }

  /** Puts the chosen deliveries of a visible subscription back in the queue, due now; how many. */
  async replay(tx: Tx, where: Prisma.WebhookDeliveryWhereInput, now: Date): Promise<number> {
    const { count } = await tx.webhookDelivery.updateMany({ where, data: { status: 'PENDING', nextAttemptAt: now, attempts: 0, deliveredAt: null } });
    return count;
  }

  // ------------------------------------------------------------------ dispatch (system work)

  /** Every active subscription (the dispatcher plans deliveries for each). */
  activeSubscriptions(): Promise<SubscriptionRow[]> {
    return systemClient(this.db, 'the dispatcher plans deliveries for every owner’s active webhooks').webhookSubscription.findMany({ where: { active: true } });
  }

  /** Of these events, those about records the scope may read (the audit entries' rule: the record's own). */
  async visibleEventIds(tx: Tx, scope: Scope, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const visible = visibleSql('AuditLog', scope, 'a');
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT a.id FROM "OutboxEvent" a WHERE a.id IN (${Prisma.join(ids)}) AND ${visible}`;
    return new Set(rows.map((r) => r.id));
  }

  async planDeliveries(tx: Tx, deliveries: Prisma.WebhookDeliveryCreateManyInput[], eventIds: string[], now: Date): Promise<void> {
    const system = systemClient(tx, 'the dispatcher writes deliveries for every owner’s webhooks and marks the events planned');
    if (deliveries.length) await system.webhookDelivery.createMany({ data: deliveries, skipDuplicates: true });
    await markDispatched(tx, eventIds, now);
  }

  // ------------------------------------------------------------------ sending (system work)

  /**
   * Claims up to `limit` due deliveries of active webhooks: each is the oldest pending one of
   * its record for its webhook (so one record's events arrive in order), leased until
   * `leaseUntil` so that no other sender takes it meanwhile; the attempt is counted now.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<DueDelivery[]> {
    const system = systemClient(this.db, 'the sender delivers every owner’s due webhook events');
    return system.$queryRaw<DueDelivery[]>`
      WITH due AS (
        SELECT d.id FROM "WebhookDelivery" d
        JOIN "WebhookSubscription" s ON s.id = d."subscriptionId" AND s.active
        WHERE d.status = 'PENDING' AND d."nextAttemptAt" <= ${now}
          AND NOT EXISTS (
            SELECT 1 FROM "WebhookDelivery" e
            WHERE e."subscriptionId" = d."subscriptionId" AND e."entityId" = d."entityId" AND e.status = 'PENDING' AND e.seq < d.seq)
        ORDER BY d."nextAttemptAt", d.seq LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED
      )
      UPDATE "WebhookDelivery" d SET "nextAttemptAt" = ${leaseUntil}, attempts = d.attempts + 1
      FROM due, "WebhookSubscription" s
      WHERE d.id = due.id AND s.id = d."subscriptionId"
      RETURNING d.id, d."subscriptionId", d."eventId", d.payload, d.attempts, s.url, s.secret, s."previousSecret", s."previousSecretUntil"`;
  }

  /** Logs an attempt and moves its delivery on: delivered, due again at `retryAt`, or failed for good. */
  async recordAttempt(
    attempt: { id: string; deliveryId: string; at: Date; statusCode: number | null; durationMs: number; error: string | null },
    outcome: { status: 'SUCCEEDED' | 'PENDING' | 'FAILED'; retryAt: Date | null },
  ): Promise<void> {
    const system = systemClient(this.db, 'the sender logs attempts of every owner’s deliveries');
    await system.$transaction([
      system.webhookAttempt.create({ data: attempt }),
      system.webhookDelivery.update({
        where: { id: attempt.deliveryId },
        data: {
          status: outcome.status,
          ...(outcome.retryAt ? { nextAttemptAt: outcome.retryAt } : {}),
          lastStatusCode: attempt.statusCode, lastDurationMs: attempt.durationMs, lastError: attempt.error,
          deliveredAt: outcome.status === 'SUCCEEDED' ? attempt.at : null,
        },
      }),
    ]);
  }

  /** The receiver answers again: its deliveries waiting out a back-off become due now. */
  async hurryPending(subscriptionId: string, now: Date): Promise<void> {
    const system = systemClient(this.db, 'the sender brings forward a recovered receiver’s waiting deliveries');
    await system.webhookDelivery.updateMany({ where: { subscriptionId, status: 'PENDING', attempts: { gt: 0 }, nextAttemptAt: { gt: now } }, data: { nextAttemptAt: now } });
  }

  /** Turns a failing webhook off, as a recorded change; its owner (to tell them once) if it was on. */
  async disable(subscriptionId: string, reason: string, now: Date): Promise<{ url: string; ownerEmail: string; ownerName: string } | null> {
    const system = systemClient(this.db, 'the sender turns off a webhook whose receiver failed for a day');
    return system.$transaction(async (systemTx) => {
      const { count } = await systemTx.webhookSubscription.updateMany({
        where: { id: subscriptionId, active: true },
        data: { active: false, disabledAt: now, disabledReason: reason, version: { increment: 1 } },
      });
      if (!count) return null;
      await recordChange(systemTx, {
        actorId: null, action: 'DISABLED', entity: 'WebhookSubscription', entityId: subscriptionId,
        changes: [{ field: 'active', from: 'true', to: 'false' }, { field: 'disabledReason', from: null, to: reason }],
      });
      const sub = await systemTx.webhookSubscription.findUniqueOrThrow({ where: { id: subscriptionId }, select: { url: true, owner: { select: { email: true, name: true } } } });
      return { url: sub.url, ownerEmail: sub.owner.email, ownerName: sub.owner.name };
    });
  }

  /** Deletes finished deliveries (and their attempts) created before `before`; how many. */
  async pruneFinished(before: Date): Promise<number> {
    const system = systemClient(this.db, 'webhook upkeep: old delivery logs of every owner');
    const { count } = await system.webhookDelivery.deleteMany({ where: { status: { in: ['SUCCEEDED', 'FAILED'] }, createdAt: { lt: before } } });
    return count;
  }
}
