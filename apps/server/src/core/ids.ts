import { randomUUID } from 'node:crypto';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { badInput } from './errors/app-error.ts';

/** Ids are opaque strings to clients; inside they are UUIDs. */
export const newId = (): string => randomUUID();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NOT_AN_ID = 'is not a valid id';

export const isId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Rejects a malformed id with BAD_USER_INPUT naming the argument. */
export function checkId(id: string, field = 'id'): string {
  if (!isId(id)) throw badInput(field, NOT_AN_ID);
  return id;
}

/**
 * class-validator rule for an id field of an input (`{ each: true }` for a list): a malformed
 * id is BAD_USER_INPUT naming the field (`filter.departmentId`), as checkId would answer, and
 * never reaches a query. Null and omitted pass (the validation skips missing properties).
 */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isId', validator: { validate: isId, defaultMessage: () => NOT_AN_ID } }, options);
}

export function checkOptionalId(id: string | null | undefined, field: string): string | null | undefined {
  return id == null ? id : checkId(id, field);
}
