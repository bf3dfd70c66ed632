import { randomUUID } from 'node:crypto';
import { badInput } from './errors/app-error.ts';

/** Ids are opaque strings to clients; inside they are UUIDs. */
export const newId = (): string => randomUUID();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rejects a malformed id with BAD_USER_INPUT naming the argument. */
export function checkId(id: string, field = 'id'): string {
  if (!UUID.test(id)) throw badInput(field, 'is not a valid id');
  return id;
}

export function checkOptionalId(id: string | null | undefined, field: string): string | null | undefined {
  return id == null ? id : checkId(id, field);
}
