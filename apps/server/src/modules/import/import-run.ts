import type { Scope } from '../../core/auth/scope.ts';
import { diffFields, recordChanges, type Change } from '../../core/changes/change.ts';
import { newId } from '../../core/ids.ts';
import { conflict } from '../../core/errors/app-error.ts';
import { MATCH_KEY_FIELDS, type ImportDefinition, type ImportValues, type MatchKey, type RowError } from '../../core/import/import.types.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { ImportRepository, RecordRow, Tx } from './import.repository.ts';
import type { ImportDuplicate } from './import.type.ts';

/** Rows stored per statement: inserts, match lookups and change records go 1,000 at a time. */
export const CHUNK = 1000;

export interface RunInput {
  def: ImportDefinition;
  rows: { row: number; values: ImportValues }[];
  matchKey: MatchKey | null;
  upsert: boolean;
  actorId: string;
  /** The owner of created records: the importer (null for entities without owners). */
  ownerId: string | null;
  batchId: string | null;
}

export interface RunOutcome {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: RowError[];
  duplicates: ImportDuplicate[];
}

const keyOf = (matchKey: MatchKey | null, values: ImportValues): string | null => {
  if (!matchKey) return null;
  const parts = MATCH_KEY_FIELDS[matchKey].map((f) => values[f]);
  return parts.every((p) => typeof p === 'string' && p) ? JSON.stringify(parts) : null;
};

/** Rows that repeat an earlier row's match key (or external id): errors, since which one wins would be a guess. */
export function inFileDuplicates(rows: RunInput['rows'], matchKey: MatchKey | null): { errors: RowError[]; duplicates: ImportDuplicate[] } {
  const errors: RowError[] = [];
  const duplicates: ImportDuplicate[] = [];
  const keys: [string, MatchKey | null][] = [['match', matchKey], ['external', matchKey === 'EXTERNAL_ID' ? null : 'EXTERNAL_ID']];
  for (const [, key] of keys) {
    if (!key) continue;
    const first = new Map<string, number>();
    for (const { row, values } of rows) {
      const k = keyOf(key, values);
      if (!k) continue;
      const earlier = first.get(k);
      if (earlier === undefined) first.set(k, row);
      else {
        duplicates.push({ row, sameAsRow: earlier, recordId: null });
        errors.push({ row, field: MATCH_KEY_FIELDS[key][0]!, message: `same as row ${earlier}` });
      }
    }
  }
  return { errors, duplicates };
}

/** What one chunk of rows will do: records to insert, updates to make, and the changes to record. */
interface ChunkPlan {
  creates: Record<string, unknown>[];
  updates: { id: string; version: number; data: Record<string, unknown>; previous: Record<string, unknown>; change: Change }[];
  changes: Change[];
}

/**
 * Plans then stores the rows inside the caller's transaction, 1,000 at a time. Planning
 * makes one lookup per chunk for the records the rows match and decides each row (insert,
 * update, unchanged, duplicate or error) without writing; a dry run, or an import with bad
 * rows that does not skip them, stops there. Storing inserts each chunk with one statement
 * and records its changes (audit and events) in bulk; updates go at the record's version.
 */
export async function storeRows(repo: ImportRepository, tx: Tx, scope: Scope, input: RunInput, write: (out: RunOutcome) => boolean): Promise<RunOutcome> {
  const out: RunOutcome = { created: 0, updated: 0, unchanged: 0, skipped: 0, errors: [], duplicates: [] };
  const plans: ChunkPlan[] = [];
  for (let start = 0; start < input.rows.length; start += CHUNK) plans.push(await planChunk(repo, tx, scope, input, input.rows.slice(start, start + CHUNK), out));
  if (!write(out)) return out;
  out.updated = 0;
  for (const plan of plans) {
    const records: Prisma.ImportBatchRecordCreateManyInput[] = [];
    const changes = [...plan.changes];
    for (const u of plan.updates) {
      if (!(await repo.updateVersioned(tx, input.def.model, u.id, u.version, u.data))) throw conflict('A record changed while it was imported; import again', { reason: 'IMPORT_RECORD_CHANGED' });
      out.updated++;
      changes.push(u.change);
      if (input.batchId) records.push({ batchId: input.batchId, recordId: u.id, created: false, previous: u.previous as Prisma.InputJsonValue, version: u.version + 1 });
    }
    if (plan.creates.length) await repo.createMany(tx, input.def.model, plan.creates);
    if (input.batchId) for (const c of plan.creates) records.push({ batchId: input.batchId, recordId: c.id as string, created: true, version: 1 });
    await recordChanges(tx, changes);
    await repo.addBatchRecords(tx, records);
  }
  return out;
}

async function planChunk(repo: ImportRepository, tx: Tx, scope: Scope, input: RunInput, chunk: RunInput['rows'], out: RunOutcome): Promise<ChunkPlan> {
  const { def, matchKey } = input;
  const entity = capitalize(def.model);
  const now = new Date();
  const existing = await repo.findMatches(tx, def.model, {
    externalIds: chunk.flatMap((r) => (typeof r.values.externalId === 'string' ? [r.values.externalId] : [])),
    emails: matchKey === 'EMAIL' ? chunk.flatMap((r) => (typeof r.values.email === 'string' ? [r.values.email] : [])) : [],
    names: matchKey === 'NAME_PHONE' ? chunk.flatMap((r) => (keyOf(matchKey, r.values) ? [r.values.name as string] : [])) : [],
    phones: matchKey === 'NAME_PHONE' ? chunk.flatMap((r) => (keyOf(matchKey, r.values) ? [r.values.phone as string] : [])) : [],
  });
  const byKey = new Map<string, RecordRow>();
  const byExternalId = new Map<string, RecordRow>();
  for (const rec of existing) {
    const k = keyOf(matchKey, rec);
    if (k && !byKey.has(k)) byKey.set(k, rec);
    if (typeof rec.externalId === 'string') byExternalId.set(rec.externalId, rec);
  }
  const plan: ChunkPlan = { creates: [], updates: [], changes: [] };
  const fail = (row: number, field: string, message: string) => out.errors.push({ row, field, message });
  for (const { row, values } of chunk) {
    const k = keyOf(matchKey, values);
    const match = k ? byKey.get(k) : undefined;
    const holder = typeof values.externalId === 'string' ? byExternalId.get(values.externalId) : undefined;
    if (holder && holder.id !== match?.id) {
      fail(row, 'externalId', 'already used by another record');
      continue;
    }
    if (!match) {
      const id = newId();
      const base = def.toCreate(values, { id, createdById: input.actorId, ownerId: input.ownerId, now });
      const record = { ...base, ...def.derived(base) };
      plan.creates.push(record);
      plan.changes.push({ actorId: input.actorId, action: 'CREATED', entity, entityId: id, customerId: def.customerIdOf(record), changes: diffFields({}, values), at: now });
      out.created++;
      continue;
    }
    const keyField = MATCH_KEY_FIELDS[matchKey!][0]!;
    if (!input.upsert) {
      out.skipped++;
      out.duplicates.push({ row, sameAsRow: null, recordId: match.id });
    } else if (match.deletedAt) fail(row, keyField, 'matches a deleted record; restore it first');
    else if (!def.mayModify(scope, match)) fail(row, keyField, 'matches a record you may not change');
    else {
      const diff = diffFields(match, values);
      if (diff.length === 0) {
        out.unchanged++;
        continue;
      }
      const data = Object.fromEntries(diff.map((d) => [d.field, values[d.field]]));
      const previous = Object.fromEntries(diff.map((d) => [d.field, match[d.field] ?? null]));
      plan.updates.push({
        id: match.id, version: match.version, previous, data: { ...data, ...def.derived({ ...match, ...data }) },
        change: { actorId: input.actorId, action: 'UPDATED', entity, entityId: match.id, customerId: def.customerIdOf(match), changes: diff, at: now },
      });
      out.updated++;
    }
  }
  return plan;
}

/** The audit entity of a Prisma model delegate name (customer → Customer). */
export const capitalize = (model: string) => model.charAt(0).toUpperCase() + model.slice(1);
