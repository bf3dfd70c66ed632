import type { targetZhCN } from './target.zh-CN.ts';

/** Texts of the sales-target planner, in English (joined into en.ts). */
export const targetEn: typeof targetZhCN = {
  nav: 'Sales targets',
  title: 'Sales targets',
  description: 'Targets per user and department, per month or quarter. A cell saves when you leave it; clearing it deletes the target.',
  year: 'Year',
  period: 'Period',
  month: 'Months',
  quarter: 'Quarters',
  currency: 'Currency',
  currencyHint: 'New targets use this currency; existing ones keep theirs',
  departments: 'Departments',
  users: 'Users',
  owner: 'For',
  empty: 'No users or departments to set targets for',
  saved: 'Target saved',
  deleted: 'Target deleted',
  cellLabel: 'Target of {{owner}} for {{period}}',
  ruleHint: 'Department targets: filtering the dashboard by a department uses its own target if set, else the sum of its users’ targets.',
};
