import type { OpportunitySearch } from '../opportunity/opportunitySearch.ts';
import type { DashboardSearch } from './dashboardSearch.ts';

/**
 * Where a chart element leads: the opportunity list filtered to the deals behind it.
 * The list filters on owner, customer, stages, status, from/to (expected close),
 * closedFrom/closedTo (closing date), department and territory (their subtrees, as the dashboard).
 */
export type DealDrill = OpportunitySearch;

export interface Period {
  from: string;
  to: string;
}

const dims = (s: DashboardSearch): DealDrill => ({ owner: s.owner, department: s.department, territory: s.territory });

/** Open deals expected to close between from and to. */
export const openDeals = (s: DashboardSearch, p: Period, extra: DealDrill = {}): DealDrill => ({ ...dims(s), status: 'OPEN', from: p.from, to: p.to, ...extra });

/** Deals that reached a WON (or LOST) stage between from and to. */
export const closedDeals = (s: DashboardSearch, p: Period, status: 'WON' | 'LOST', extra: DealDrill = {}): DealDrill => ({
  ...dims(s), status, closedFrom: p.from, closedTo: p.to, ...extra,
});

/** The deals of one funnel stage (open: by expected close, won/lost: by closing date). */
export const stageDeals = (s: DashboardSearch, p: Period, stageId: string, kind: string): DealDrill =>
  kind === 'OPEN' ? openDeals(s, p, { stages: [stageId] }) : closedDeals(s, p, kind === 'WON' ? 'WON' : 'LOST', { stages: [stageId] });

/** The lead list, filtered to leads of one source created in the period. */
export function leadsHref(s: DashboardSearch, p: Period, source: string): string {
  const params = new URLSearchParams({ source, createdFrom: p.from, createdTo: p.to });
  if (s.owner) params.set('owner', s.owner);
  if (s.territory) params.set('territory', s.territory);
  return `/leads?${params.toString()}`;
}
