/**
 * How far a principal reads a module's records (SPEC §5): everything, its department
 * subtree's, its own, its partner company's, or nothing.
 */
export type Level = 'all' | 'department' | 'own' | 'partner' | 'none';
export const LEVELS: readonly Level[] = ['all', 'department', 'own', 'partner', 'none'];

/** The modules whose records carry an owner, and so a visibility level per role. */
export const ACCESS_MODULES = ['customer', 'opportunity', 'lead', 'activity', 'contract', 'target', 'commission', 'user'] as const;
export type AccessModule = (typeof ACCESS_MODULES)[number];
