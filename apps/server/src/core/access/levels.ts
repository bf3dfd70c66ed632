import type { Role } from '../../generated/prisma/enums.ts';

/**
 * How far a principal reads a module's records (SPEC §5): everything, its department
 * subtree's, its own, its partner company's, or nothing.
 */
export type Level = 'all' | 'department' | 'own' | 'partner' | 'none';

/** The modules whose records carry an owner, and so a visibility level per role. */
export const ACCESS_MODULES = ['customer', 'opportunity', 'lead', 'activity', 'contract', 'target', 'commission', 'user'] as const;
export type AccessModule = (typeof ACCESS_MODULES)[number];

/**
 * Where a built-in role reads wider than its base level (the Scope's `kind`). Service staff
 * read every customer, contact and contract (to honour entitlements); marketers every
 * customer and contact (to build segments). Writes still follow the base level.
 */
export const ROLE_REACH: Readonly<Record<Role, Partial<Record<AccessModule, Level>>>> = {
  ADMIN: {},
  SALES_MANAGER: {},
  SALES_REP: {},
  SERVICE_MANAGER: { customer: 'all', contract: 'all' },
  SERVICE_AGENT: { customer: 'all', contract: 'all' },
  MARKETER: { customer: 'all' },
  PARTNER: {},
};
