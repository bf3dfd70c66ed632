/**
 * Domain event names: `<entity in snake_case>.<action in lower case>` for every change
 * (`customer.created`, `quote.accepted`), plus the events a change implies
 * (`opportunity.stage_changed` when an update moves a deal's stage).
 */
interface ChangeLike {
  action: string;
  entity: string;
  changes?: { field: string }[];
}

/** Further events a change implies, by entity and changed field. */
const IMPLIED: { entity: string; field: string; type: string }[] = [
  { entity: 'Opportunity', field: 'stageId', type: 'opportunity.stage_changed' },
  { entity: 'Customer', field: 'ownerId', type: 'customer.owner_changed' },
  { entity: 'Lead', field: 'ownerId', type: 'lead.owner_changed' },
];

export const entityEventName = (entity: string) => entity.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export function eventType(entity: string, action: string): string {
  return `${entityEventName(entity)}.${action.toLowerCase()}`;
}

/** The events one change records, the change's own first. */
export function eventsOf(change: ChangeLike): string[] {
  const types = [eventType(change.entity, change.action)];
  if (change.action === 'CREATED' || change.action === 'DELETED') return types;
  for (const implied of IMPLIED) {
    if (implied.entity === change.entity && change.changes?.some((c) => c.field === implied.field)) types.push(implied.type);
  }
  return types;
}
