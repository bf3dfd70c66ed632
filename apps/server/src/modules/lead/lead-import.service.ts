import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput, forbidden } from '../../core/errors/app-error.ts';
import { recordChanges } from '../../core/changes/change.ts';
import { newId } from '../../core/ids.ts';
import { documentTokens } from '../../core/search/search-tokens.ts';
import type { LeadAssignmentService } from './lead-assignment.service.ts';
import type { LeadRepository } from './lead.repository.ts';
import type { ImportLeadsResult } from './lead.type.ts';
import { readLeadCsv, type LeadCsvRow } from './lead-csv.ts';

export const MAX_IMPORT_ROWS = 5000;
const MAX_CSV_CHARS = 5_000_000;

/**
 * CSV import (§4 Integrations: validation report, no partial garbage): every row is checked
 * first and nothing is stored when any is bad; rows whose email repeats in the file or
 * belongs to an existing lead are skipped; the rest are stored, assigned by the rule and
 * audited, in one transaction. `dryRun` answers the same counts without storing.
 */
export class LeadImportService {
  constructor(
    private readonly repo: LeadRepository,
    private readonly assignment: LeadAssignmentService,
  ) {}

  async import(viewer: Viewer, scope: Scope, csv: string, dryRun: boolean): Promise<ImportLeadsResult> {
    if (scope.kind === 'partner') throw forbidden();
    if (csv.length > MAX_CSV_CHARS) throw badInput('csv', `must be at most ${MAX_CSV_CHARS} characters`);
    const rows = readLeadCsv(csv, MAX_IMPORT_ROWS);
    const seen = new Set<string>();
    const firstInFile = rows.filter((r) => !r.email || (!seen.has(r.email) && seen.add(r.email)));

    const rule = dryRun ? null : await this.assignment.rule();
    return this.repo.transaction(scope, async (tx) => {
      const taken = await this.repo.emailsTaken(tx, firstInFile.flatMap((r) => (r.email ? [r.email] : [])));
      const keep = firstInFile.filter((r) => !r.email || !taken.has(r.email));
      const kept = new Set(keep);
      const result = { valid: rows.length, skippedDuplicates: rows.length - keep.length, skippedRows: rows.filter((r) => !kept.has(r)).map((r) => r.row) };
      if (!rule || keep.length === 0) return { ...result, created: 0 };
      const owners = await this.assignment.pick(tx, rule, keep.map(() => null));
      const now = new Date();
      const leads = keep.map((r, i) => toLead(r, owners[i], viewer.id, now));
      const created = await this.repo.createMany(tx, leads);
      await recordChanges(tx, leads.map((l) => ({
        actorId: viewer.id, action: 'IMPORTED', entity: 'Lead', entityId: l.id, at: now,
        changes: [{ field: 'name', from: null, to: l.name }, ...(l.ownerId ? [{ field: 'ownerId', from: null, to: l.ownerId }] : [])],
      })));
      return { ...result, created };
    });
  }
}

function toLead(r: LeadCsvRow, ownerId: string | null, createdById: string, now: Date) {
  return {
    id: newId(), name: r.name!, company: r.company, title: r.title, email: r.email, phone: r.phone, source: r.source,
    description: r.description, ownerId, createdById, createdAt: now, updatedAt: now,
    searchTokens: documentTokens(r.name, r.company, r.email, r.phone),
  };
}
