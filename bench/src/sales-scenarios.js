import fs from 'node:fs';

/**
 * The sales suite's requests. `dashboard` is the web's SalesDashboard document verbatim
 * (packages/schema/operations/sales-analytics.graphql); `funnel`, `forecast` and `winrate`
 * ask the same salesDashboard field for one chart each (each chart is a field resolver, so
 * both sides run only that chart's statements); `board` is the OpportunityBoard document
 * (first 50 per stage with counts and totals in one request), fragments included; `cards` is the
 * web's OpportunityBoardCards document: the same without counts and totals, which the board
 * asks for in a second request.
 *
 * Periods: the web's default (this quarter) and this year; both targets get the same bodies.
 */

const operations = (name) => fs.readFileSync(new URL(`../../packages/schema/operations/${name}.graphql`, import.meta.url), 'utf8');

/** One operation of a .graphql file, with the fragments it spreads (transitively). */
function document(file, operationName) {
  const text = operations(file);
  const blocks = text.split(/\n(?=query |mutation |fragment |subscription )/).map((b) => b.trim());
  const find = (re) => blocks.find((b) => re.test(b));
  const op = find(new RegExp(`^(query|mutation) ${operationName}\\b`));
  if (!op) throw new Error(`${operationName} is not in ${file}.graphql`);
  const out = [op];
  const seen = new Set();
  for (let i = 0; i < out.length; i++) {
    for (const [, name] of out[i].matchAll(/\.\.\.(\w+)/g)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const frag = find(new RegExp(`^fragment ${name}\\b`));
      if (!frag) throw new Error(`fragment ${name} is not in ${file}.graphql`);
      out.push(frag);
    }
  }
  return out.join('\n\n');
}

const CHART_QUERIES = {
  SalesFunnel: `query SalesFunnel($filter: SalesDashboardFilter!) {
  salesDashboard(filter: $filter) { funnel { stageId name kind count amount unconvertedCount } }
}`,
  SalesForecast: `query SalesForecast($filter: SalesDashboardFilter!) {
  salesDashboard(filter: $filter) {
    pipelineByCloseMonth { month from to count amount weightedAmount unconvertedCount }
    forecast { weighted commit bestCase won openCount wonCount unconvertedCount }
  }
}`,
  SalesWinRate: `query SalesWinRate($filter: SalesDashboardFilter!) {
  salesDashboard(filter: $filter) { winRateByOwner { ownerId ownerName won lost winRate avgCycleDays wonAmount unconvertedCount } }
}`,
};

const ymd = (d) => d.toISOString().slice(0, 10);
/** This quarter (the dashboard's default period) and this year, in UTC. */
export function periods(today = new Date()) {
  const y = today.getUTCFullYear();
  const q0 = Math.floor(today.getUTCMonth() / 3) * 3;
  return [
    { label: 'quarter', from: ymd(new Date(Date.UTC(y, q0, 1))), to: ymd(new Date(Date.UTC(y, q0 + 3, 0))) },
    { label: 'year', from: ymd(new Date(Date.UTC(y, 0, 1))), to: ymd(new Date(Date.UTC(y, 11, 31))) },
  ];
}

const body = (operationName, query, variables) => JSON.stringify({ operationName, query, variables });

export const SALES_SCENARIOS = ['dashboard', 'funnel', 'forecast', 'winrate', 'board', 'cards'];

/** @returns {import('./scenarios.js').Scenario[]} */
export function buildSalesScenarios() {
  const ps = periods();
  const range = ps.map((p) => `${p.label} ${p.from}…${p.to}`).join(', ');
  const chart = (key, op, title) => ({
    key,
    title: `${title} (${range})`,
    bodies: ps.map((p) => body(op, CHART_QUERIES[op] ?? document('sales-analytics', op), { filter: { from: p.from, to: p.to } })),
    labels: ps.map((p) => p.label),
    charts: true,
  });
  return [
    chart('dashboard', 'SalesDashboard', '(d) sales dashboard, the web query: all 8 aggregations'),
    chart('funnel', 'SalesFunnel', '(e) funnel by stage'),
    chart('forecast', 'SalesForecast', '(f) pipeline by expected close month + forecast'),
    chart('winrate', 'SalesWinRate', '(g) win rate and cycle time by owner'),
    {
      key: 'board',
      title: '(h) kanban board: first 50 per stage, totals per stage and currency, owner, customer',
      bodies: [body('OpportunityBoard', document('opportunity', 'OpportunityBoard'), { perStage: 50 })],
      labels: ['perStage 50'],
    },
    {
      key: 'cards',
      title: '(i) kanban cards, the web board’s first request: first 50 per stage, owner, customer (counts and totals come in a second one)',
      bodies: [body('OpportunityBoardCards', document('opportunity', 'OpportunityBoardCards'), { perStage: 50 })],
      labels: ['perStage 50'],
    },
  ];
}
