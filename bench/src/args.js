import { parseArgs } from 'node:util';

const USAGE = `Usage: pnpm bench [options]

  --suite NAME         customers (default), sales, export, import or webhooks

  --customers N        customers to generate (default 100000)
  --contacts-per N     contacts per customer (default 3; export suite 0)
  --concurrency N      concurrent clients per scenario (default 16)
  --duration S         measured seconds per scenario and target (default 10)
  --warmup S           unmeasured warm-up seconds before each run (default 2)
  --database-url URL   bench database (default postgres://postgres@127.0.0.1:5432/panorama_bench)
  --reuse              keep an existing generated database instead of regenerating it
  --keep               do not drop the database at the end
  --only LIST          scenarios to run, comma-separated (default all of the suite):
                       customers: list,search,detail; sales: dashboard,funnel,forecast,winrate,board

Sales suite (--suite sales; database default …/panorama_bench_sales, concurrency default 4):
  --opportunities N    opportunities to generate (default 1000000)
  --activities N       activities to generate (default 2000000)
  --leads N            leads to generate (default 200000)
  --role LIST          who signs in: admin (scope all), manager (department subtree), or
                       admin,manager (default): every scenario runs once per role

Export suite (--suite export; database default …/panorama_bench_export): GET /export/customers
  as CSV and as XLSX (--only csv,xlsx) as the admin (every customer) and as manager1 (department + pool),
  one download at a time; wall time, rows/s, bytes and the server's peak RSS (sampled from
  /proc every 50 ms) against its RSS before the download.

Import suite (--suite import; database default …/panorama_bench_import): a CSV of new customers with
  Chinese names imported through importRecords as the admin: dry run, insert, upsert by email, undo.
  --import-rows N      rows in the file (default 50000)

Webhooks suite (--suite webhooks; database default …/panorama_bench_webhooks; try --customers 1000):
  updateCustomer latency (p50/p95, SQL per update) for --duration seconds without a webhook and with
  one on customer.updated to a receiver on 127.0.0.1, then every event's commit → arrival delay and
  the events per second from the first write to the last arrival.
  --help               this text`;

/**
 * @typedef {object} Options
 * @property {number} customers
 * @property {number} contactsPer
 * @property {number} concurrency
 * @property {number} duration   seconds
 * @property {number} warmup     seconds
 * @property {string} databaseUrl
 * @property {boolean} reuse
 * @property {boolean} keep
 * @property {string[]} only
 * @property {'customers' | 'sales' | 'export' | 'import' | 'webhooks'} suite
 * @property {number} importRows      import suite
 * @property {number} opportunities   sales suite
 * @property {number} activities      sales suite
 * @property {number} leads           sales suite
 * @property {string[]} roles         sales suite: admin, manager
 */

/** Scenario keys per suite. */
export const SUITES = {
  customers: ['list', 'search', 'detail'],
  sales: ['dashboard', 'funnel', 'forecast', 'winrate', 'board', 'cards'],
  export: ['csv', 'xlsx'],
  import: ['csv'],
  webhooks: ['deliver'],
};

/** @param {string[]} argv @returns {Options} */
export function parseOptions(argv = process.argv.slice(2)) {
  // `pnpm bench -- --x` passes the `--` through; treat it as nothing.
  const args = argv.filter((a, i) => !(a === '--' && i === 0));
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      suite: { type: 'string', default: 'customers' },
      customers: { type: 'string', default: '100000' },
      opportunities: { type: 'string', default: '1000000' },
      activities: { type: 'string', default: '2000000' },
      leads: { type: 'string', default: '200000' },
      role: { type: 'string', default: 'admin,manager' },
      'contacts-per': { type: 'string' },
      'import-rows': { type: 'string', default: '50000' },
      concurrency: { type: 'string' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      'database-url': { type: 'string' },
      reuse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const suite = values.suite;
  if (!SUITES[suite]) fail(`--suite must be one of ${Object.keys(SUITES).join(', ')}`);
  const known = SUITES[suite];
  const only = (values.only ?? known.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of only) {
    if (!known.includes(name)) fail(`--only: unknown ${suite} scenario "${name}" (${known.join(', ')})`);
  }
  const roles = values.role.split(',').map((s) => s.trim()).filter(Boolean);
  for (const role of roles) if (!['admin', 'manager'].includes(role)) fail(`--role: unknown role "${role}" (admin, manager)`);
  const databaseUrl = values['database-url'] ?? `postgres://postgres@127.0.0.1:5432/panorama_bench${suite === 'customers' ? '' : `_${suite}`}`;
  const url = new URL(databaseUrl);
  if (!/^postgres(ql)?:$/.test(url.protocol) || url.pathname.length < 2) fail('--database-url must be postgres://…/<database>');
  return {
    suite,
    customers: int(values.customers, 'customers', 1),
    opportunities: int(values.opportunities, 'opportunities', 1),
    activities: int(values.activities, 'activities', 0),
    leads: int(values.leads, 'leads', 0),
    roles,
    importRows: int(values['import-rows'], 'import-rows', 1),
    contactsPer: int(values['contacts-per'] ?? (suite === 'export' || suite === 'import' || suite === 'webhooks' ? '0' : '3'), 'contacts-per', 0),
    concurrency: int(values.concurrency ?? (suite === 'sales' ? '4' : '16'), 'concurrency', 1),
    duration: num(values.duration, 'duration'),
    warmup: num(values.warmup, 'warmup', 0),
    databaseUrl,
    reuse: values.reuse,
    keep: values.keep,
    only,
  };
}

function int(value, name, min) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number ≥ ${min}`);
  return n;
}

function num(value, name, min = 0.1) {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) fail(`--${name} must be a number ≥ ${min}`);
  return n;
}

function fail(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}
