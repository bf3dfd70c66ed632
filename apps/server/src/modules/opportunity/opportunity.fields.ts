import type { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopeOwnerIds } from '../../core/auth/scope.ts';
import { badInput, forbidden } from '../../core/errors/app-error.ts';
import { checkId } from '../../core/ids.ts';
import { checkCurrency, formatAmount, parseAmount } from '../../core/money/money.ts';
import type { Opportunity } from './opportunity.type.ts';

type Data = Prisma.OpportunityUncheckedUpdateInput;

/** The plain fields of create/update input, checked and normalized; only given ones are returned. */
export function checkedFields(
  input: {
    name?: string | null; amount?: string | null; currency?: string | null; expectedCloseDate?: string | Date | null;
    competitors?: string[] | null; source?: string | null; description?: string | null;
  },
  prefix = 'input.',
): Data {
  const data: Data = {};
  if (input.name !== undefined) {
    const name = input.name?.trim();
    if (!name) throw badInput(`${prefix}name`, 'is required');
    if (name.length > 200) throw badInput(`${prefix}name`, 'must be 1 to 200 characters');
    data.name = name;
  }
  if (input.amount !== undefined) data.amount = parseAmount(input.amount, `${prefix}amount`);
  if (input.currency !== undefined) data.currency = checkCurrency(input.currency, `${prefix}currency`);
  if (input.expectedCloseDate !== undefined) {
    if (input.expectedCloseDate === null) throw badInput(`${prefix}expectedCloseDate`, 'is required');
    const date = typeof input.expectedCloseDate === 'string' ? new Date(`${input.expectedCloseDate}T00:00:00.000Z`) : input.expectedCloseDate;
    if (Number.isNaN(date.getTime())) throw badInput(`${prefix}expectedCloseDate`, 'is not a valid date');
    data.expectedCloseDate = date;
  }
  if (input.competitors !== undefined) data.competitors = [...new Set((input.competitors ?? []).map((c) => c.trim()).filter(Boolean))];
  if (input.source !== undefined) data.source = input.source?.trim() || null;
  if (input.description !== undefined) data.description = input.description?.trim() || null;
  return data;
}

/** Who may own a deal: reps only themselves, managers their department, admins any active staff. */
export async function checkOwner(
  isActiveStaff: (id: string) => Promise<boolean>, scope: Scope, ownerId: string | null, field = 'input.ownerId',
): Promise<string> {
  if (ownerId === null) throw badInput(field, 'cannot be empty');
  checkId(ownerId, field);
  if (scope.kind === 'partner') throw forbidden('Partners cannot assign owners');
  if (scope.kind === 'own' && ownerId !== scope.userId) throw forbidden('Only managers can assign opportunities to other people');
  const allowed = scopeOwnerIds(scope);
  if ((allowed && !allowed.includes(ownerId)) || !(await isActiveStaff(ownerId))) throw badInput(field, 'no such active user in your team');
  return ownerId;
}

/** The fields whose changes are worth showing on the customer's timeline. */
export function auditable(o: Opportunity): Record<string, unknown> {
  return {
    name: o.name, amount: formatAmount(o.amountValue), currency: o.currency, probability: o.probability,
    expectedCloseDate: o.expectedCloseDate, stageId: o.stageId, ownerId: o.ownerId, contactId: o.contactId,
    competitors: o.competitors, source: o.source, lostReason: o.lostReason,
  };
}
