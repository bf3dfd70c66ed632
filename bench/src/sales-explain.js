import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { STATEMENTS, OPERATION_CHARTS } from './sales-baseline.js';
import { periods } from './sales-scenarios.js';
import { REP_EMAIL_DOMAIN } from './generate.js';

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every sales statement (the same texts the baseline and the
 * server run) as admin and as manager, on a kept `--suite sales` database:
 *
 *   node bench/src/sales-explain.js [--database-url URL] [--period quarter|year] [--role admin,manager]
 *                                   [--only funnel,forecast,...] [--runs 3] [--plans]
 *
 * Prints the best-of-N execution time per statement (and the plan with --plans); writes the
 * full plans to bench/.out/explain-<timestamp>.txt.
 */

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/panorama_bench_sales' },
    period: { type: 'string', default: 'quarter,year' },
    role: { type: 'string', default: 'admin,manager' },
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    plans: { type: 'boolean', default: false },
  },
});

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.out');
const client = new pg.Client({ connectionString: values['database-url'] });
await client.connect();

const scopes = {};
for (const role of values.role.split(',')) {
  if (role === 'admin') scopes.admin = { kind: 'all' };
  else {
    const { rows } = await client.query(
      `SELECT u.id FROM "User" u JOIN "Department" d ON d.id = u."departmentId"
       JOIN "Department" m ON m.id = (SELECT "departmentId" FROM "User" WHERE email = $1) WHERE d.path LIKE m.path || '%'`,
      [`manager1@${REP_EMAIL_DOMAIN}`],
    );
    scopes.manager = { kind: 'department', userIds: rows.map((r) => r.id) };
  }
}

const names = values.only ? values.only.split(',') : [...OPERATION_CHARTS.SalesDashboard, 'boardTopPerStage', 'boardTotals'];
const wanted = values.period.split(',');
const ps = periods().filter((p) => wanted.includes(p.label));
const lines = [];
const summary = [];
for (const [role, scope] of Object.entries(scopes)) {
  for (const name of names) {
    const forPeriods = name.startsWith('board') ? [{ label: '-' }] : ps;
    for (const p of forPeriods) {
      const stmt = name === 'boardTopPerStage' ? STATEMENTS[name](scope, 50)
        : name === 'boardTotals' ? STATEMENTS[name](scope)
        : STATEMENTS[name](scope, { from: p.from, to: p.to, currency: 'CNY', baseCurrency: 'CNY' });
      let best = Infinity;
      let plan = '';
      for (let i = 0; i < Number(values.runs); i++) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${stmt.text}`, stmt.values);
        const text = rows.map((r) => r['QUERY PLAN']).join('\n');
        const ms = Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1]);
        if (ms < best) { best = ms; plan = text; }
      }
      const hit = /shared hit=(\d+)/.exec(plan)?.[1] ?? '0';
      const read = /read=(\d+)/.exec(plan)?.[1] ?? '0';
      const scans = [...new Set([...plan.matchAll(/(Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan|Bitmap Index Scan) (?:using (\S+) )?on "?(\w+)"?/g)]
        .map((m) => `${m[1]}${m[2] ? ` ${m[2]}` : ''} on ${m[3]}`))];
      summary.push({ role, name, period: p.label, ms: best, hit, read, scans });
      console.log(`${role.padEnd(8)} ${name.padEnd(24)} ${p.label.padEnd(8)} ${best.toFixed(1).padStart(8)} ms  buffers hit ${hit} read ${read}  ${scans.join('; ')}`);
      lines.push(`### ${role} ${name} ${p.label}: ${best.toFixed(1)} ms\n${plan}\n`);
      if (values.plans) console.log(plan + '\n');
    }
  }
}
await client.end();
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `explain-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
fs.writeFileSync(file, lines.join('\n'));
console.log(`\nPlans: ${path.relative(process.cwd(), file)}`);
