import type { Scope } from '../../core/auth/scope.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import type { AuditLogRepository } from './audit-log.repository.ts';
import type { AuditEntry } from './audit-log.type.ts';
import type { AuditLogArgs } from './audit-log.inputs.ts';

/** The system-wide audit log (§4 Administration): who changed what, and when. */
export class AuditLogService {
  constructor(readonly repo: AuditLogRepository) {}

  async list(scope: Scope, args: AuditLogArgs): Promise<Connection<AuditEntry>> {
    const first = checkPageSize(args.first, 50);
    const filter = args.filter;
    if (filter?.from && filter.to && filter.from > filter.to) throw badInput('filter.to', 'must not be before filter.from');
    const { rows, totalCount } = await this.repo.list(scope, { filter, after: decodeCursor(args.after), take: first + 1 });
    return toConnection(rows, first, (e) => e.createdAt.toISOString(), totalCount);
  }

  entities(scope: Scope): Promise<string[]> {
    return this.repo.entities(scope);
  }
}
