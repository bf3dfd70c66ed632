import type { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopeOwnerIds } from '../../core/auth/scope.ts';
import { badInput, forbidden } from '../../core/errors/app-error.ts';
import { checkId } from '../../core/ids.ts';
import { documentTokens } from '../../core/search/search-tokens.ts';
import type { TerritoryRepository } from '../territory/territory.repository.ts';
import type { UserRepository } from '../user/user.repository.ts';
import type { LeadSource } from '../../generated/prisma/enums.ts';
import type { Lead } from './lead.type.ts';
import { ownerNotAllowed } from './lead.errors.ts';

export type LeadData = Omit<Prisma.LeadUncheckedUpdateInput, 'id'>;

const text = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

/** The plain fields of create/update input, trimmed and checked; only given ones are returned. */
export async function checkedLeadFields(
  territories: TerritoryRepository,
  input: {
    name?: string | null; company?: string | null; title?: string | null; email?: string | null; phone?: string | null;
    territoryId?: string | null; description?: string | null; source?: LeadSource | null;
  },
): Promise<LeadData> {
  const data: LeadData = {};
  if (input.name !== undefined) {
    const name = input.name?.trim();
    if (!name) throw badInput('input.name', 'is required');
    data.name = name;
  }
  if (input.source === null) throw badInput('input.source', 'cannot be empty');
  if (input.source !== undefined) data.source = input.source;
  for (const key of ['company', 'title', 'phone', 'description'] as const) {
    if (input[key] !== undefined) data[key] = text(input[key]);
  }
  if (input.email !== undefined) data.email = text(input.email)?.toLowerCase() ?? null;
  if (input.territoryId !== undefined) {
    if (input.territoryId !== null && !(await territories.exists(checkId(input.territoryId, 'input.territoryId')))) {
      throw badInput('input.territoryId', 'no such territory');
    }
    data.territoryId = input.territoryId;
  }
  return data;
}

/** Search tokens of a lead after applying `data` to `before`. */
export function leadTokens(before: Partial<Lead>, data: LeadData): string[] {
  const pick = (key: 'name' | 'company' | 'email' | 'phone') => (data[key] !== undefined ? (data[key] as string | null) : (before[key] ?? null));
  return documentTokens(pick('name'), pick('company'), pick('email'), pick('phone'));
}

/**
 * Who may give a lead to whom: reps and marketers only to themselves or the pool, managers
 * within their department subtree, admins to any active staff member.
 */
export async function checkLeadOwner(users: UserRepository, scope: Scope, ownerId: string | null, field = 'input.ownerId'): Promise<void> {
  if (scope.kind === 'partner') throw forbidden('Partners cannot assign leads');
  if (ownerId === null) return;
  checkId(ownerId, field);
  if (scope.kind === 'own' && ownerId !== scope.userId) throw ownerNotAllowed();
  const allowed = scopeOwnerIds(scope);
  const owner = await users.findActiveStaff(ownerId);
  if (!owner || (allowed && !allowed.includes(ownerId))) throw badInput(field, 'no such active user in your team');
}

/** The fields whose changes are worth keeping in the audit log. */
export function auditableLead(l: Lead): Record<string, unknown> {
  return {
    name: l.name, company: l.company, title: l.title, email: l.email, phone: l.phone, source: l.source, status: l.status,
    disqualifyReason: l.disqualifyReason, ownerId: l.ownerId, territoryId: l.territoryId, description: l.description,
  };
}
