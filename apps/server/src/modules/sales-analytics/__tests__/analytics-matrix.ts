import type { TestServer } from '../../../test-support/test-server.ts';

/** The currency and dashboard rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

const withRate = async (s: TestServer) =>
  s.db.prisma.currencyRate.upsert({ where: { currency: 'SGD' }, create: { currency: 'SGD', rate: '5.3' }, update: {} });

export const ANALYTICS_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'currencyRates', rule: 'opportunity:read', request: async () => ({ query: '{ currencyRates { baseCurrency rates { currency rate } } }' }) },
  { name: 'setCurrencyRate', rule: 'admin:sales', request: async () => ({ query: 'mutation { setCurrencyRate(currency: "CHF", rate: "8.05") { rate } }' }) },
  { name: 'deleteCurrencyRate', rule: 'admin:sales', request: async (s) => (await withRate(s), { query: 'mutation { deleteCurrencyRate(currency: "SGD") }' }) },
  { name: 'salesDashboard', rule: 'analytics:sales', request: async () => ({ query: '{ salesDashboard(filter: { from: "2026-01-01", to: "2026-12-31" }) { forecast { won } funnel { count amount } } }' }) },
];
