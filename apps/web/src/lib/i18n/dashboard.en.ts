import type { currencyZhCN, dashboardZhCN } from './dashboard.zh-CN.ts';

/** Texts of the sales dashboard and the currency-rate admin, in English (joined into en.ts). */
export const dashboardEn: typeof dashboardZhCN = {
  nav: 'Sales dashboard',
  title: 'Sales dashboard',
  description: 'Funnel, pipeline, forecast, win rates, revenue and lead conversion — over the deals and leads you may see.',
  filters: {
    period: 'Period', thisMonth: 'This month', thisQuarter: 'This quarter', thisYear: 'This year', custom: 'Custom',
    range: 'Date range', owner: 'Owner', department: 'Department', territory: 'Territory', currency: 'Currency',
    anyOwner: 'All owners', anyDepartment: 'All departments', anyTerritory: 'All territories',
  },
  shownIn: 'Amounts in {{currency}}',
  convertedNote: 'Other currencies converted into {{currency}} with the rates kept by admins',
  unconverted: '{{count}} deals are in a currency without a rate ({{currencies}}): counted, but left out of amounts.',
  empty: 'No data in this period',
  clickHint: 'Click a bar or point to open the records behind it',
  unassigned: '(unassigned)',
  hiddenCustomer: '(customer you cannot see)',
  count: 'Count', deals: 'Deals: {{count}}', amount: 'Amount', weighted: 'Weighted', unweighted: 'Unweighted rest',
  funnel: { title: 'Sales funnel', subtitle: 'Open deals expected to close in the period, and deals won or lost in it', lost: 'Lost' },
  pipeline: { title: 'Pipeline by expected close month', subtitle: 'Open deals: amount and weighted amount (amount × probability)' },
  forecast: {
    title: 'Forecast for the period', subtitle: 'Weighted pipeline, commit, best case and won, against sales targets',
    weighted: 'Weighted pipeline', weightedHint: 'Open deals, Σ amount × probability',
    commit: 'Commit', commitHint: 'Deals at ≥ 75% probability + won',
    bestCase: 'Best case', bestCaseHint: 'All open deals + won',
    won: 'Won', wonHint: 'Deals won in the period: {{count}}', open: 'Open deals: {{count}}',
    target: 'Target', attainment: 'Attainment', byMonth: 'Months', byQuarter: 'Quarters', noTarget: 'No target',
    vsTarget: 'Against target', vsTargetHint: 'Target vs won vs weighted pipeline; attainment = won ÷ target',
    targetUnconverted: '{{count}} targets are in a currency without a rate and left out',
  },
  winRate: {
    title: 'Win rate and cycle time by owner', subtitle: 'Deals closed in the period',
    owner: 'Owner', won: 'Won', lost: 'Lost', rate: 'Win rate', cycle: 'Avg. cycle', cycleDays: '{{days}} days', wonAmount: 'Won amount',
  },
  revenue: { title: 'Revenue by month', subtitle: 'Won amount by closing date' },
  topCustomers: { title: 'Top 10 customers', subtitle: 'By amount won in the period' },
  leads: {
    title: 'Lead conversion by source', subtitle: 'Leads created in the period and how many converted', total: 'Leads', converted: 'Converted', rate: 'Conversion rate',
    sources: { WEB_FORM: 'Web form', IMPORT: 'Import', CAMPAIGN: 'Campaign', REFERRAL: 'Referral', EVENT: 'Event', API: 'API', OTHER: 'Other' },
  },
};

export const currencyEn: typeof currencyZhCN = {
  nav: 'Currencies',
  title: 'Currencies and rates',
  description: 'Rates convert deal amounts in other currencies into the base currency for totals. 1 unit = rate × base currency.',
  base: 'Base currency: {{currency}}',
  examples: 'The preset rates (USD, EUR, HKD, JPY, GBP) are examples only: edit them to the rates your company uses.',
  currency: 'Currency', rate: 'Rate ({{base}})', updatedAt: 'Updated', add: 'Add rate', empty: 'No rates yet: amounts in other currencies are left out of totals',
  deleteTitle: 'Delete rate', deleteBody: 'Delete the rate of {{currency}}? Deals in it will be left out of amount totals.',
  saved: 'Rate of {{currency}} saved', deleted: 'Rate of {{currency}} deleted',
  validation: { rateFormat: 'At most 10 digits and 8 decimal places', positive: 'Must be greater than 0', base: 'The base currency’s rate is always 1', noRate: 'This currency has no exchange rate' },
};
