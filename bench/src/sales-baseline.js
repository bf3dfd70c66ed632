/**
 * The raw-SQL side of the sales suite: the statements the server runs for the sales
 * dashboard (apps/server/src/modules/sales-analytics/sales-analytics.repository.ts and
 * sales-analytics.sql.ts) and the kanban board (opportunity/opportunity-board.repository.ts),
 * copied text for text with the same scope condition for the signed-in user (admin: TRUE;
 * manager: o."ownerId" IN (<department subtree users>), built by the same statement as
 * core/auth/build-scope.ts). Only the request's own charts run, e.g. SalesFunnel runs the
 * funnel statement; SalesDashboard runs all eight in parallel, as the service does.
 *
 * Plugged into baseline-server.js as extra operations; `statementsFor(viewer, op, vars)`
 * also gives the bare statements, for EXPLAIN (src/sales-explain.js).
 */

/** Builds `$n` placeholders as Prisma.sql renders values. */
class Params {
  constructor() { this.values = []; }
  p(value) { this.values.push(value); return `$${this.values.length}`; }
  list(values) { return values.map((v) => this.p(v)).join(','); }
}

// ---- sales-analytics.sql.ts ----
const opportunityScopeSql = (scope, P) =>
  scope.kind === 'all' ? 'TRUE' : `o."ownerId" IN (${P.list(scope.userIds)})`;
const customerScopeSql = (scope, P) =>
  scope.kind === 'all' ? 'TRUE' : `(c."ownerId" IS NULL OR c."ownerId" IN (${P.list(scope.userIds)}))`;
const leadScopeSql = (scope, P) =>
  scope.kind === 'all' ? 'TRUE' : `(l."ownerId" IS NULL OR l."ownerId" IN (${P.list(scope.userIds)}))`;
const dealDimensionsSql = () => `o."deletedAt" IS NULL`;
const leadDimensionsSql = () => `l."deletedAt" IS NULL`;
const openInPeriod = (q, P) => `(s.kind = 'OPEN' AND o."expectedCloseDate" BETWEEN ${P.p(q.from)}::date AND ${P.p(q.to)}::date)`;
const closedInPeriod = (q, P, kinds) => `(${kinds === 'WON' ? `s.kind = 'WON'` : `s.kind <> 'OPEN'`}
    AND o."closedAt" >= ${P.p(q.from)}::date AND o."closedAt" < ${P.p(q.to)}::date + 1)`;

/**
 * dealsCte(): `where` is a function (or a list of them, one UNION ALL branch each, as the
 * server renders disjoint period conditions) so parameters number as Prisma renders them.
 */
function dealsCte(scope, q, P, where) {
  const head = `WITH fx AS (
      SELECT r.currency::text AS currency, r.rate FROM "CurrencyRate" r WHERE r.currency::text <> ${P.p(q.baseCurrency)}
      UNION ALL SELECT ${P.p(q.baseCurrency)}::text, 1::numeric),
    disp AS (SELECT rate FROM fx WHERE currency = ${P.p(q.currency)}::text LIMIT 1),
    d AS (`;
  const branches = (Array.isArray(where) ? where : [where]).map((condition) => `
      SELECT o.id, o."stageId", o."ownerId", o."customerId", o.probability, o."expectedCloseDate", o."closedAt",
        o."createdAt", o.currency::text AS currency, s.kind::text AS kind,
        ROUND(o.amount * fx.rate / (SELECT rate FROM disp), 2) AS amt
      FROM "Opportunity" o
      JOIN "PipelineStage" s ON s.id = o."stageId"
      LEFT JOIN fx ON fx.currency = o.currency::text
      WHERE ${opportunityScopeSql(scope, P)} AND ${dealDimensionsSql(q)} AND ${condition()}`);
  return `${head}${branches.join(' UNION ALL ')})`;
}
const monthsCte = (q, P) => `m AS (
    SELECT g::date AS month, GREATEST(g::date, ${P.p(q.from)}::date) AS start,
      LEAST((g + interval '1 month' - interval '1 day')::date, ${P.p(q.to)}::date) AS "end"
    FROM generate_series(date_trunc('month', ${P.p(q.from)}::date), date_trunc('month', ${P.p(q.to)}::date), interval '1 month') g)`;
const UNCONVERTED = `(COUNT(d.id) FILTER (WHERE d.amt IS NULL))::int AS "unconvertedCount"`;
const WEIGHTED = `ROUND(d.amt * d.probability / 100.0, 2)`;
const OPEN = `d.kind = 'OPEN'`;
const FORECAST_COLUMNS = `COALESCE(SUM(${WEIGHTED}) FILTER (WHERE ${OPEN}), 0) AS weighted,
  COALESCE(SUM(d.amt) FILTER (WHERE d.kind = 'WON' OR d.probability >= 75), 0) AS commit,
  COALESCE(SUM(d.amt), 0) AS "bestCase",
  COALESCE(SUM(d.amt) FILTER (WHERE d.kind = 'WON'), 0) AS won,
  (COUNT(*) FILTER (WHERE ${OPEN}))::int AS "openCount", (COUNT(*) FILTER (WHERE d.kind = 'WON'))::int AS "wonCount",
  ${UNCONVERTED}`;
const AMOUNT = `COALESCE(SUM(d.amt), 0) AS amount`;
const byMonth = `SELECT to_char(m.month, 'YYYY-MM') AS month, to_char(m.start, 'YYYY-MM-DD') AS "from",
  to_char(m."end", 'YYYY-MM-DD') AS "to", COALESCE(agg.count, 0)::int AS count, COALESCE(agg.amount, 0) AS amount,
  COALESCE(agg."unconvertedCount", 0)::int AS "unconvertedCount"`;

// ---- sales-analytics.repository.ts: each returns { text, values } ----
const build = (fn) => (scope, q) => { const P = new Params(); const text = fn(scope, q, P); return { text, values: P.values }; };
export const STATEMENTS = {
  funnel: build((scope, q, P) => `${dealsCte(scope, q, P, [() => openInPeriod(q, P), () => closedInPeriod(q, P, 'CLOSED')])}
      SELECT s.id AS "stageId", s.name, s.kind::text AS kind, COUNT(d.id)::int AS count, ${AMOUNT}, ${UNCONVERTED}
      FROM "PipelineStage" s LEFT JOIN d ON d."stageId" = s.id
      WHERE s.active GROUP BY s.id ORDER BY s.position, s.id`),
  pipelineByCloseMonth: build((scope, q, P) => `${dealsCte(scope, q, P, () => openInPeriod(q, P))}, ${monthsCte(q, P)},
      agg AS (SELECT date_trunc('month', d."expectedCloseDate")::date AS month, COUNT(d.id)::int AS count, ${AMOUNT},
        COALESCE(SUM(${WEIGHTED}), 0) AS weighted, ${UNCONVERTED} FROM d GROUP BY 1)
      ${byMonth}, COALESCE(agg.weighted, 0) AS "weightedAmount" FROM m LEFT JOIN agg ON agg.month = m.month ORDER BY m.month`),
  winRateByOwner: build((scope, q, P) => {
    const won = `d.kind = 'WON'`;
    return `${dealsCte(scope, q, P, () => closedInPeriod(q, P, 'CLOSED'))}
      SELECT d."ownerId", u.name AS "ownerName",
        (COUNT(*) FILTER (WHERE ${won}))::int AS won, (COUNT(*) FILTER (WHERE d.kind = 'LOST'))::int AS lost,
        ROUND((COUNT(*) FILTER (WHERE ${won}))::numeric / COUNT(*), 4)::float8 AS "winRate",
        ROUND(AVG(EXTRACT(EPOCH FROM d."closedAt" - d."createdAt")::numeric / 86400) FILTER (WHERE ${won}), 1)::float8 AS "avgCycleDays",
        COALESCE(SUM(d.amt) FILTER (WHERE ${won}), 0) AS "wonAmount",
        (COUNT(*) FILTER (WHERE ${won} AND d.amt IS NULL))::int AS "unconvertedCount"
      FROM d LEFT JOIN "User" u ON u.id = d."ownerId"
      GROUP BY d."ownerId", u.name ORDER BY won DESC, "wonAmount" DESC, u.name NULLS LAST`;
  }),
  revenueByMonth: build((scope, q, P) => `${dealsCte(scope, q, P, () => closedInPeriod(q, P, 'WON'))}, ${monthsCte(q, P)},
      agg AS (SELECT date_trunc('month', d."closedAt")::date AS month, COUNT(d.id)::int AS count, ${AMOUNT}, ${UNCONVERTED} FROM d GROUP BY 1)
      ${byMonth} FROM m LEFT JOIN agg ON agg.month = m.month ORDER BY m.month`),
  topCustomers: build((scope, q, P) => `${dealsCte(scope, q, P, () => closedInPeriod(q, P, 'WON'))}
      SELECT d."customerId", CASE WHEN ${customerScopeSql(scope, P)} THEN c.name END AS "customerName",
        COUNT(d.id)::int AS count, ${AMOUNT}, ${UNCONVERTED}
      FROM d JOIN "Customer" c ON c.id = d."customerId"
      GROUP BY d."customerId", c.id ORDER BY amount DESC, count DESC, d."customerId" LIMIT ${P.p(10)}`),
  forecast: build((scope, q, P) => `${dealsCte(scope, q, P, [() => openInPeriod(q, P), () => closedInPeriod(q, P, 'WON')])} SELECT ${FORECAST_COLUMNS} FROM d`),
  unconverted: build((scope, q, P) => `${dealsCte(scope, q, P, [() => openInPeriod(q, P), () => closedInPeriod(q, P, 'CLOSED')])}
      SELECT d.currency, COUNT(*)::int AS count FROM d WHERE d.amt IS NULL GROUP BY d.currency ORDER BY d.currency`),
  leadConversionBySource: build((scope, q, P) => `
      SELECT l.source::text AS source, COUNT(*)::int AS total,
        (COUNT(*) FILTER (WHERE l."convertedAt" IS NOT NULL))::int AS converted,
        ROUND((COUNT(*) FILTER (WHERE l."convertedAt" IS NOT NULL))::numeric / COUNT(*), 4)::float8 AS rate
      FROM "Lead" l
      WHERE ${leadScopeSql(scope, P)} AND ${leadDimensionsSql(q)}
        AND l."createdAt" >= ${P.p(q.from)}::date AND l."createdAt" < ${P.p(q.to)}::date + 1
      GROUP BY l.source ORDER BY total DESC, source`),
  // ---- opportunity-board.repository.ts (no filter: o."deletedAt" IS NULL) ----
  boardTopPerStage: (scope, perStage) => {
    const P = new Params();
    const text = `
      SELECT o.id, o.name, o."customerId", o."contactId", o."ownerId", o."stageId", o.amount::text AS amount, o.currency,
             o.probability, to_char(o."expectedCloseDate", 'YYYY-MM-DD') AS "expectedCloseDate", o.competitors, o.source,
             o.description, o."lostReason", o."closedAt", o."stageEnteredAt", o.rank, o."partnerId", o."leadId",
             o."deletedAt", o."createdById", o."createdAt", o."updatedAt", o.version
      FROM "PipelineStage" s
      CROSS JOIN LATERAL (
        SELECT * FROM "Opportunity" o
        WHERE o."stageId" = s.id AND o."deletedAt" IS NULL AND ${opportunityScopeSql(scope, P)}
        ORDER BY o.rank, o.id
        LIMIT ${P.p(perStage)}
      ) o
      ORDER BY s.position, o.rank, o.id`;
    return { text, values: P.values };
  },
  boardTotals: (scope) => {
    const P = new Params();
    const text = `
      SELECT o."stageId", o.currency, count(*)::int AS count, sum(o.amount)::text AS total
      FROM "Opportunity" o
      WHERE o."deletedAt" IS NULL AND ${opportunityScopeSql(scope, P)}
      GROUP BY o."stageId", o.currency
      ORDER BY o."stageId", o.currency`;
    return { text, values: P.values };
  },
};

/** Which repository statements each operation runs (the chart scenarios select one or two charts). */
export const OPERATION_CHARTS = {
  SalesDashboard: ['funnel', 'pipelineByCloseMonth', 'winRateByOwner', 'revenueByMonth', 'topCustomers', 'leadConversionBySource', 'forecast', 'unconverted'],
  SalesFunnel: ['funnel'],
  SalesForecast: ['pipelineByCloseMonth', 'forecast'],
  SalesWinRate: ['winRateByOwner'],
};

/** Decimal.toFixed(2) for the numeric strings SQL returns. */
export function money(value) {
  const s = String(value ?? 0);
  const [int, frac = ''] = s.split('.');
  if (frac.length <= 2) return `${int}.${frac.padEnd(2, '0')}`;
  return (Math.round(Number(s) * 100) / 100).toFixed(2); // never hit: sums of values rounded to cents
}
const withMoney = (row, keys) => ({ ...row, ...Object.fromEntries(keys.map((k) => [k, money(row[k])])) });

/**
 * Extra baseline operations. `sql(text, values)` counts statements; `viewer` has id, role, departmentId.
 * @param {{ sql: (text: string, values?: unknown[]) => Promise<any[]> }} o
 */
export function salesOperations({ sql }) {
  /** core/auth/build-scope.ts: admins all, managers their department subtree. */
  async function scopeOf(viewer) {
    if (viewer.role === 'ADMIN') return { kind: 'all', userId: viewer.id };
    if (viewer.role === 'SALES_MANAGER' || viewer.role === 'SERVICE_MANAGER') {
      const users = await sql(
        `SELECT u.id FROM "User" u
      JOIN "Department" d ON d.id = u."departmentId"
      JOIN "Department" m ON m.id = $1
      WHERE d.path LIKE m.path || '%'`,
        [viewer.departmentId],
      );
      const userIds = users.map((u) => u.id);
      if (!userIds.includes(viewer.id)) userIds.push(viewer.id);
      return { kind: 'department', userId: viewer.id, userIds };
    }
    throw new Error('the sales baseline knows admins and managers only');
  }

  /** The service's checked(): the base currency setting (CNY unless set); display = base, so no rate lookup. */
  async function query(filter) {
    const rows = await sql('SELECT value FROM "Setting" WHERE key = $1 LIMIT 1', ['sales.baseCurrency']);
    const baseCurrency = rows[0]?.value ?? 'CNY';
    return { from: filter.from, to: filter.to, currency: filter.currency ?? baseCurrency, baseCurrency };
  }

  const run = (stmt) => sql(stmt.text, stmt.values);

  async function dashboard(viewer, { filter }, charts) {
    const [scope, q] = await Promise.all([scopeOf(viewer), query(filter)]);
    const results = await Promise.all(charts.map((c) => run(STATEMENTS[c](scope, q))));
    const r = Object.fromEntries(charts.map((c, i) => [c, results[i]]));
    const out = {};
    if (charts.length === 8) Object.assign(out, { currency: q.currency, baseCurrency: q.baseCurrency, from: q.from, to: q.to });
    if (r.unconverted) {
      out.unconvertedCount = r.unconverted.reduce((n, u) => n + u.count, 0);
      out.unconverted = r.unconverted;
    }
    if (r.funnel) out.funnel = r.funnel.map((x) => withMoney(x, ['amount']));
    if (r.pipelineByCloseMonth) out.pipelineByCloseMonth = r.pipelineByCloseMonth.map((x) => withMoney(x, ['amount', 'weightedAmount']));
    if (r.winRateByOwner) out.winRateByOwner = r.winRateByOwner.map((x) => withMoney(x, ['wonAmount']));
    if (r.revenueByMonth) out.revenueByMonth = r.revenueByMonth.map((x) => withMoney(x, ['amount']));
    if (r.topCustomers) out.topCustomers = r.topCustomers.map((x) => withMoney(x, ['amount']));
    if (r.leadConversionBySource) out.leadConversionBySource = r.leadConversionBySource;
    if (r.forecast) out.forecast = withMoney(r.forecast[0], ['weighted', 'commit', 'bestCase', 'won']);
    return { salesDashboard: out };
  }

  async function board(viewer, { perStage = 50 }, withTotals = true) {
    const scope = await scopeOf(viewer);
    const [stages, cards, totals] = await Promise.all([
      sql(`SELECT id, name, kind::text AS kind, probability, active FROM "PipelineStage" ORDER BY position ASC, id ASC`),
      run(STATEMENTS.boardTopPerStage(scope, perStage)),
      withTotals ? run(STATEMENTS.boardTotals(scope)) : [],
    ]);
    // The request's loaders: owners (users by id) and customers the viewer may see, one statement each.
    const ownerIds = [...new Set(cards.map((c) => c.ownerId).filter(Boolean))];
    const customerIds = [...new Set(cards.map((c) => c.customerId))];
    const P = new Params();
    const customerWhere = `c.id IN (${P.list(customerIds)}) AND c."deletedAt" IS NULL AND ${customerScopeSql(scope, P)}`;
    const [owners, customers] = await Promise.all([
      ownerIds.length ? sql(`SELECT id, name FROM "User" WHERE id = ANY($1)`, [ownerIds]) : [],
      customerIds.length ? sql(`SELECT c.id, c.name FROM "Customer" c WHERE ${customerWhere}`, P.values) : [],
    ]);
    const ownerById = new Map(owners.map((u) => [u.id, u]));
    const customerById = new Map(customers.map((c) => [c.id, c]));
    const columns = stages.map((stage) => {
      const sums = totals.filter((t) => t.stageId === stage.id);
      const column = {
        stage,
        totalCount: sums.reduce((n, t) => n + t.count, 0),
        totals: sums
          .map((t) => ({ amount: money(t.total), currency: t.currency.trim(), n: Number(t.total) }))
          .sort((a, b) => b.n - a.n || a.currency.localeCompare(b.currency))
          .map(({ amount, currency }) => ({ amount, currency })),
        opportunities: cards.filter((o) => o.stageId === stage.id).map((o) => ({
          id: o.id,
          name: o.name,
          probability: o.probability,
          expectedCloseDate: o.expectedCloseDate,
          rank: o.rank,
          version: o.version,
          stageEnteredAt: o.stageEnteredAt.toISOString(),
          amount: { amount: money(o.amount), currency: o.currency.trim() },
          owner: o.ownerId ? (({ id, name }) => ({ id, name }))(ownerById.get(o.ownerId)) : null,
          customer: customerById.has(o.customerId) ? (({ id, name }) => ({ id, name }))(customerById.get(o.customerId)) : null,
        })),
      };
      if (withTotals) return column;
      const { totalCount: _count, totals: _totals, ...cardsOnly } = column;
      return cardsOnly;
    });
    // As the server: perStage ≥ 1, so a stage holding visible deals has at least one card.
    return { opportunityBoard: { columns: columns.filter((c) => c.stage.active || c.opportunities.length > 0) } };
  }

  return {
    ...Object.fromEntries(Object.entries(OPERATION_CHARTS).map(([op, charts]) => [op, (viewer, vars) => dashboard(viewer, vars, charts)])),
    OpportunityBoard: board,
    OpportunityBoardCards: (viewer, vars) => board(viewer, vars, false),
  };
}
