import type { Permission } from '../auth/permissions.ts';
import type { Scope } from '../auth/scope.ts';

/** A cell read into a field's value, or why it cannot be. */
export type Parsed = { value: unknown } | { error: string };

/** One field a file column can be mapped to. */
export interface ImportField {
  key: string;
  /** Header names (any case, spaces ignored) suggested for this field: its zh-CN and en labels first. */
  labels: readonly string[];
  required?: boolean;
  /** Reads a non-empty cell. */
  parse(cell: string): Parsed;
}

/** How rows find the record they update: external id, email, or name and phone together. */
export type MatchKey = 'EXTERNAL_ID' | 'EMAIL' | 'NAME_PHONE';

export const MATCH_KEY_FIELDS: Readonly<Record<MatchKey, readonly string[]>> = {
  EXTERNAL_ID: ['externalId'],
  EMAIL: ['email'],
  NAME_PHONE: ['name', 'phone'],
};

/** An entity that imports: `modules/<entity>/<entity>.import.ts`. */
export interface ImportDefinition {
  entity: 'CUSTOMER' | 'CONTACT' | 'LEAD' | 'PRODUCT';
  /** The Prisma model (and audit entity). */
  model: string;
  permission: Permission;
  fields: readonly ImportField[];
  matchKeys: readonly MatchKey[];
  /** A new record's columns from a row (id, creator and timestamps are given). */
  toCreate(values: ImportValues, base: { id: string; createdById: string; ownerId: string | null; now: Date }): Record<string, unknown>;
  /** Columns derived from the others (search tokens), given the record as it will be. */
  derived(record: Record<string, unknown>): Record<string, unknown>;
  /** Whether this scope may change an existing record (the same test as the module's update). */
  mayModify(scope: Scope, record: Record<string, unknown>): boolean;
  /** The customer whose timeline shows the change. */
  customerIdOf(record: Record<string, unknown>): string | null;
}

/** A row's values by field key (only mapped, non-empty cells). */
export type ImportValues = Record<string, unknown>;

export interface RowError {
  row: number;
  field: string;
  message: string;
}
