import { conflict, notFound } from '../../core/errors/app-error.ts';

export { periodClosed } from '../closed-period/closed-period.ts';
export const planNotFound = () => notFound('CommissionPlan');
export const statementNotFound = () => notFound('CommissionStatement');
export const periodNotClosed = () => notFound('CommissionPeriod');
export const alreadyClosed = (month: string) =>
  conflict(`The commission period ${month.slice(0, 7)} is already closed`, { reason: 'PERIOD_CLOSED', field: 'periodStart', periodStart: month });
