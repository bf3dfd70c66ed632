import { randomBytes } from 'node:crypto';
import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { recordChange, diffFields } from '../../core/changes/change.ts';
import { badInput, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import type { PageArgs } from '../../core/pagination/page.args.ts';
import type { SubscriptionRow, WebhookRepository, DeliveryRow } from './webhook.repository.ts';
import { WebhookDeliveryStatus, type WebhookDelivery, type WebhookSubscription, type WebhookWithSecret } from './webhook.type.ts';
import type { CreateWebhookInput, ReplayWebhookDeliveriesArgs, UpdateWebhookInput, WebhookDeliveriesArgs } from './webhook.inputs.ts';
import { checkEventTypes } from './webhook-events.ts';
import { deliveryNotFound, webhookNotFound } from './webhook.errors.ts';

/** After a rotation the previous secret keeps signing for a day, so receivers can switch without losing events. */
const ROTATION_OVERLAP_MS = 24 * 3_600_000;
const MAX_WEBHOOKS_PER_OWNER = 50;

/**
 * Webhooks as their owners manage them (permission webhook:manage): create with a secret
 * shown once, change, turn off and on, rotate the secret, delete, read the delivery log and
 * replay deliveries. A webhook acts with its creator's permissions at creation (an API key's
 * scopes), never more than the owner's role grants at delivery time.
 */
export class WebhookService {
  constructor(private readonly repo: WebhookRepository) {}

  async create(viewer: Viewer, scope: Scope, input: CreateWebhookInput): Promise<WebhookWithSecret> {
    const url = checkUrl(input.url, 'input.url');
    const eventTypes = checkEventTypes(input.eventTypes);
    const onlyFields = [...new Set(input.onlyFields ?? [])].sort();
    const secret = newSecret();
    const row = await this.repo.transaction(scope, async (tx) => {
      const owned = await this.repo.countOwned(tx, viewer.id);
      if (owned >= MAX_WEBHOOKS_PER_OWNER) throw badInput('input.url', `you already have ${MAX_WEBHOOKS_PER_OWNER} webhooks, the most allowed`);
      const created = await this.repo.create(tx, {
        id: newId(), ownerId: viewer.id, url, description: input.description?.trim() || null, eventTypes, onlyFields,
        scopes: [...viewer.permissions], secret,
      });
      await recordChange(tx, { actorId: viewer.id, action: 'CREATED', entity: 'WebhookSubscription', entityId: created.id, changes: diffFields({}, auditable(created)) });
      return created;
    });
    return { secret, webhook: toWebhook(row) };
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateWebhookInput): Promise<WebhookSubscription> {
    checkId(id);
    const data = {
      ...(input.url != null ? { url: checkUrl(input.url, 'input.url') } : {}),
      ...(input.eventTypes != null ? { eventTypes: checkEventTypes(input.eventTypes) } : {}),
      ...(input.onlyFields != null ? { onlyFields: [...new Set(input.onlyFields)].sort() } : {}),
      ...(input.description !== undefined ? { description: input.description?.trim() || null } : {}),
      ...(input.active === true ? { active: true, disabledAt: null, disabledReason: null } : {}),
      ...(input.active === false ? { active: false, disabledAt: new Date(), disabledReason: `Turned off by ${viewer.name}` } : {}),
    };
    return toWebhook(await this.repo.transaction(scope, async (tx) => {
      const before = await this.repo.find(tx, id);
      if (!before) throw webhookNotFound();
      const after = await this.repo.updateVersioned(tx, id, input.version, data);
      if (!after) throw staleVersion('WebhookSubscription');
      const changes = diffFields(auditable(before), auditable(after));
      if (changes.length) await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'WebhookSubscription', entityId: id, changes });
      return after;
    }));
  }

  /** A new secret, shown this once; the previous one keeps signing for a day. */
  async rotateSecret(viewer: Viewer, scope: Scope, id: string): Promise<WebhookWithSecret> {
    checkId(id);
    const secret = newSecret();
    const row = await this.repo.transaction(scope, async (tx) => {
      const before = await this.repo.find(tx, id);
      if (!before) throw webhookNotFound();
      const after = await this.repo.updateVersioned(tx, id, before.version, {
        secret, previousSecret: before.secret, previousSecretUntil: new Date(Date.now() + ROTATION_OVERLAP_MS),
      });
      if (!after) throw staleVersion('WebhookSubscription');
      await recordChange(tx, { actorId: viewer.id, action: 'SECRET_ROTATED', entity: 'WebhookSubscription', entityId: id });
      return after;
    });
    return { secret, webhook: toWebhook(row) };
  }

  async delete(viewer: Viewer, scope: Scope, id: string): Promise<boolean> {
    checkId(id);
    return this.repo.transaction(scope, async (tx) => {
      const before = await this.repo.find(tx, id);
      if (!before) throw webhookNotFound();
      await this.repo.delete(tx, id);
      await recordChange(tx, { actorId: viewer.id, action: 'DELETED', entity: 'WebhookSubscription', entityId: id, changes: [{ field: 'url', from: before.url, to: null }] });
      return true;
    });
  }

  async get(scope: Scope, id: string): Promise<WebhookSubscription> {
    checkId(id);
    const row = await this.repo.transaction(scope, (tx) => this.repo.find(tx, id));
    if (!row) throw webhookNotFound();
    return toWebhook(row);
  }

  async list(scope: Scope, args: PageArgs): Promise<Connection<WebhookSubscription>> {
    const first = checkPageSize(args.first);
    const { rows, totalCount } = await this.repo.list(scope, decodeCursor(args.after), first + 1);
    return toConnection(rows.map(toWebhook), first, (w) => w.createdAt.toISOString(), totalCount);
  }

  async deliveries(scope: Scope, args: WebhookDeliveriesArgs): Promise<Connection<WebhookDelivery & { attemptLog: DeliveryRow['attemptLog'] }>> {
    checkId(args.webhookId, 'webhookId');
    await this.get(scope, args.webhookId);
    const first = checkPageSize(args.first);
    const { rows, totalCount } = await this.repo.deliveries(scope, args.webhookId, args.status ?? null, decodeCursor(args.after), first + 1);
    return toConnection(rows.map(toDelivery), first, (d) => d.createdAt.toISOString(), totalCount);
  }

  /** Sends one delivery again (whatever its state), with the same webhook-id; due now. */
  async replay(viewer: Viewer, scope: Scope, deliveryId: string): Promise<boolean> {
    checkId(deliveryId);
    return this.repo.transaction(scope, async (tx) => {
      const delivery = await this.repo.findDelivery(tx, deliveryId);
      if (!delivery) throw deliveryNotFound();
      await this.repo.replay(tx, { id: deliveryId }, new Date());
      await recordChange(tx, { actorId: viewer.id, action: 'REPLAYED', entity: 'WebhookSubscription', entityId: delivery.subscriptionId, changes: [{ field: 'eventId', from: null, to: delivery.eventId }] });
      return true;
    });
  }

  /** Sends again every delivery of a webhook in a state (default FAILED), optionally since a time; how many. */
  async replayMany(viewer: Viewer, scope: Scope, args: ReplayWebhookDeliveriesArgs): Promise<number> {
    checkId(args.webhookId, 'webhookId');
    const status = args.status ?? WebhookDeliveryStatus.FAILED;
    return this.repo.transaction(scope, async (tx) => {
      if (!(await this.repo.find(tx, args.webhookId))) throw webhookNotFound();
      const count = await this.repo.replay(tx, { subscriptionId: args.webhookId, status, ...(args.since ? { createdAt: { gte: args.since } } : {}) }, new Date());
      if (count) {
        await recordChange(tx, { actorId: viewer.id, action: 'REPLAYED', entity: 'WebhookSubscription', entityId: args.webhookId, changes: [{ field: 'deliveries', from: status, to: String(count) }] });
      }
      return count;
    });
  }
}

const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/** An absolute http(s) URL without credentials; BAD_USER_INPUT naming the field otherwise. */
function checkUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw badInput(field, 'must be an absolute URL such as https://example.com/hooks/panorama');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput(field, 'must start with https:// or http://');
  if (url.username || url.password) throw badInput(field, 'must not contain a user name or password: verify the signature instead');
  return url.toString();
}

const auditable = (w: SubscriptionRow) => ({ url: w.url, description: w.description, eventTypes: w.eventTypes, onlyFields: w.onlyFields, active: w.active });

function toWebhook(row: SubscriptionRow): WebhookSubscription {
  const { id, url, description, eventTypes, onlyFields, active, disabledAt, disabledReason, previousSecretUntil, createdAt, updatedAt, version, ownerId } = row;
  return { id, url, description, eventTypes, onlyFields, active, disabledAt, disabledReason, previousSecretUntil, createdAt, updatedAt, version, ownerId };
}

function toDelivery(row: DeliveryRow): WebhookDelivery & { attemptLog: DeliveryRow['attemptLog'] } {
  return {
    id: row.id, eventId: row.eventId, eventType: row.eventType, entityId: row.entityId, status: row.status as WebhookDeliveryStatus,
    attempts: row.attempts, nextAttemptAt: row.status === 'PENDING' ? row.nextAttemptAt : null, lastStatusCode: row.lastStatusCode,
    lastDurationMs: row.lastDurationMs, lastError: row.lastError, deliveredAt: row.deliveredAt, createdAt: row.createdAt,
    payload: JSON.stringify(row.payload), subscriptionId: row.subscriptionId, attemptLog: row.attemptLog,
  };
}
