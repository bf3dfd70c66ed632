import { parseArgs } from 'node:util';

const USAGE = `Usage: pnpm bench [options]

  --customers N        customers to generate (default 100000)
  --contacts-per N     contacts per customer (default 3)
  --concurrency N      concurrent clients per scenario (default 16)
  --duration S         measured seconds per scenario and target (default 10)
  --warmup S           unmeasured warm-up seconds before each run (default 2)
  --database-url URL   bench database (default postgres://postgres@127.0.0.1:5432/panorama_bench)
  --reuse              keep an existing generated database instead of regenerating it
  --keep               do not drop the database at the end
  --only LIST          scenarios to run, comma-separated: list,search,detail (default all)
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
 */

/** @param {string[]} argv @returns {Options} */
export function parseOptions(argv = process.argv.slice(2)) {
  // `pnpm bench -- --x` passes the `--` through; treat it as nothing.
  const args = argv.filter((a, i) => !(a === '--' && i === 0));
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      customers: { type: 'string', default: '100000' },
      'contacts-per': { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '16' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/panorama_bench' },
      reuse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      only: { type: 'string', default: 'list,search,detail' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = values.only.split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of only) {
    if (!['list', 'search', 'detail'].includes(name)) fail(`--only: unknown scenario "${name}"`);
  }
  const url = new URL(values['database-url']);
  if (!/^postgres(ql)?:$/.test(url.protocol) || url.pathname.length < 2) fail('--database-url must be postgres://…/<database>');
  return {
    customers: int(values.customers, 'customers', 1),
    contactsPer: int(values['contacts-per'], 'contacts-per', 0),
    concurrency: int(values.concurrency, 'concurrency', 1),
    duration: num(values.duration, 'duration'),
    warmup: num(values.warmup, 'warmup', 0),
    databaseUrl: values['database-url'],
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
