import type { SalesDashboardQuery } from '@panorama/schema';
import type { DashboardSearch } from './dashboardSearch.ts';
import type { DealDrill, Period } from './drilldown.ts';

export type Dashboard = SalesDashboardQuery['salesDashboard'];

/** What every chart gets: the data (null while loading), the filters, and how to open records. */
export interface ChartProps {
  data: Dashboard | null;
  loading: boolean;
  search: DashboardSearch;
  period: Period;
  openDeals: (drill: DealDrill) => void;
}

export const COLORS = {
  open: 'var(--mantine-color-blue-6)',
  openLight: 'var(--mantine-color-blue-2)',
  won: 'var(--mantine-color-teal-6)',
  lost: 'var(--mantine-color-red-5)',
  grid: 'var(--mantine-color-gray-3)',
  violet: 'var(--mantine-color-violet-5)',
} as const;

export const toNumber = (amount: string) => Number(amount);
