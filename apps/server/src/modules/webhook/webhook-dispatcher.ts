import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { buildScope } from '../../core/auth/build-scope.ts';
import { systemClient } from '../../core/access/scoped-client.ts';
import { newId } from '../../core/ids.ts';
import type { AuthService } from '../auth/auth.service.ts';
import { claimUndispatched, hasUndispatched, type OutboxEventRow } from '../../core/changes/outbox.ts';
import type { SubscriptionRow, WebhookRepository } from './webhook.repository.ts';
import { matchesType, mayReceive, passesFieldFilter } from './webhook-events.ts';

const BATCH = 500;

/** What a principal acting for a webhook may receive: its permissions and its visibility. */
interface Receiver {
  permissions: readonly string[];
  scope: Scope;
}

/**
 * Turns outbox events into deliveries: for every active webhook whose types match, whose
 * owner (active, with the webhook's permissions narrowed to the owner's role now) may read
 * events about the entity and sees the record, one delivery carrying the event as the
 * payload. Each batch is one transaction; events are locked so several processes can
 * dispatch at once.
 */
export class WebhookDispatcher {
  constructor(
    private readonly db: Db,
    private readonly repo: WebhookRepository,
    private readonly auth: AuthService,
  ) {}

  /** Dispatches every waiting event; how many events it planned. */
  async dispatchAll(now = new Date()): Promise<number> {
    let total = 0;
    for (let n = BATCH; n === BATCH; total += n) n = await this.dispatchBatch(now);
    return total;
  }

  private async dispatchBatch(now: Date): Promise<number> {
    // polled every second: nothing new means no owners to load and no transaction to open
    if (!(await hasUndispatched(this.db))) return 0;
    // who receives what is settled before the transaction: on the embedded database a query
    // outside an open transaction would wait for it
    const subscriptions = await this.repo.activeSubscriptions();
    const receivers = new Map<string, Receiver | null>();
    for (const sub of subscriptions) receivers.set(sub.id, await this.receiverFor(sub));
    const system = systemClient(this.db, 'the dispatcher plans deliveries of every change for every owner’s webhooks');
    return system.$transaction(async (tx) => {
      const events = await claimUndispatched(tx, BATCH);
      if (events.length === 0) return 0;
      const deliveries: Prisma.WebhookDeliveryCreateManyInput[] = [];
      for (const sub of subscriptions) {
        const receiver = receivers.get(sub.id);
        if (!receiver) continue;
        const wanted = events.filter((e) => matchesType(sub.eventTypes, e.type) && passesFieldFilter(sub.onlyFields, e.type, e.changes) && mayReceive(receiver.permissions, e.entity));
        const visible = await this.repo.visibleEventIds(tx, receiver.scope, wanted.map((e) => e.id));
        for (const event of wanted) {
          if (!visible.has(event.id)) continue;
          deliveries.push({
            id: newId(), subscriptionId: sub.id, eventId: event.id, eventType: event.type, entityId: event.entityId, seq: event.seq,
            payload: payloadOf(event) as Prisma.InputJsonValue, nextAttemptAt: now,
          });
        }
      }
      await this.repo.planDeliveries(tx, deliveries, events.map((e) => e.id), now);
      return events.length;
    }, { timeout: 60_000 });
  }

  /** The owner as a principal now, with the webhook's permissions that the owner's role still grants; null if the owner cannot act. */
  private async receiverFor(sub: SubscriptionRow): Promise<Receiver | null> {
    try {
      const viewer = await this.auth.viewerForUser(sub.ownerId); // active users only
      const permissions = sub.scopes.filter((p) => viewer.permissions.includes(p));
      return { permissions, scope: await buildScope(this.db, { ...viewer, permissions }) };
    } catch {
      return null; // a deactivated owner: nothing is planned for the webhook while they are
    }
  }
}

/** The Standard Webhooks body: type, timestamp and the event as data. */
export function payloadOf(event: OutboxEventRow) {
  return {
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    data: {
      eventId: event.id, entity: event.entity, id: event.entityId, customerId: event.customerId,
      actorId: event.actorId, changes: event.changes,
    },
  };
}
