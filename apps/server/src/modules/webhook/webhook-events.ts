import { viewerCan } from '../../core/auth/permissions.ts';
import { badInput, type FieldError } from '../../core/errors/app-error.ts';
import { entityEventName } from '../../core/changes/event-types.ts';

/**
 * Which events a webhook may carry. An event is about a record (entity/entityId); its owner
 * must hold the module's read permission (a narrow API key's webhook gets no more than the
 * key) and see the record (the audit rule, checked by the dispatcher). Entities not listed
 * here are never sent.
 */
export const ENTITY_READ_PERMISSION: Readonly<Record<string, string>> = {
  Customer: 'customer:read', Contact: 'contact:read', Opportunity: 'opportunity:read', Lead: 'lead:read',
  Activity: 'activity:read', Quote: 'quote:read', Order: 'order:read', Contract: 'contract:read',
  Product: 'product:read', PriceBook: 'product:read', PipelineStage: 'opportunity:read', SalesTarget: 'analytics:sales',
  CommissionPlan: 'commission:read', CommissionPeriod: 'commission:read',
  User: 'admin:users', AccessRole: 'admin:users', ApiKey: 'admin:users', Department: 'admin:departments',
  Territory: 'admin:sales', CurrencyRate: 'admin:sales', Setting: 'admin:settings', WebhookSubscription: 'webhook:manage',
};

/** The event types offered when subscribing: each entity's created/updated/deleted and the named state changes. */
export const EVENT_TYPE_CATALOGUE: readonly string[] = [
  ...['Customer', 'Contact', 'Opportunity', 'Lead', 'Activity', 'Quote', 'Order', 'Contract', 'Product'].flatMap((e) =>
    ['created', 'updated', 'deleted'].map((a) => `${entityEventName(e)}.${a}`),
  ),
  'customer.owner_changed', 'customer.claimed', 'customer.released', 'customer.restored',
  'opportunity.stage_changed', 'lead.owner_changed', 'lead.converted', 'lead.imported',
  'quote.sent', 'quote.accepted', 'quote.rejected', 'quote.revised', 'contract.activated', 'contract.renewed', 'contract.terminated',
  'activity.completed', 'commission_period.closed', 'commission_period.reopened',
].sort();

const PATTERN = /^(\*|[a-z][a-z_]*\.(\*|[a-z][a-z_]*))$/;

export function checkEventTypes(types: string[], field = 'input.eventTypes'): string[] {
  const errors: FieldError[] = [];
  if (types.length === 0) errors.push({ field, message: 'must name at least one event type' });
  types.forEach((t, i) => {
    if (!PATTERN.test(t)) errors.push({ field: `${field}[${i}]`, message: 'must look like customer.updated, customer.* or *' });
  });
  if (errors.length) throw badInput(errors);
  return [...new Set(types)].sort();
}

export function matchesType(patterns: readonly string[], type: string): boolean {
  return patterns.some((p) => p === '*' || p === type || (p.endsWith('.*') && type.startsWith(p.slice(0, -1))));
}

/** Whether `permissions` may read events about `entity`. */
export function mayReceive(permissions: readonly string[], entity: string): boolean {
  const needed = ENTITY_READ_PERMISSION[entity];
  return !!needed && viewerCan({ permissions }, needed);
}

/** Update events pass `onlyFields` when one of them changed; every other event passes. */
export function passesFieldFilter(onlyFields: readonly string[], type: string, changes: unknown): boolean {
  if (onlyFields.length === 0 || !type.endsWith('.updated')) return true;
  return Array.isArray(changes) && changes.some((c: { field?: string }) => !!c.field && onlyFields.includes(c.field));
}
