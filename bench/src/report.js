import fs from 'node:fs';
import path from 'node:path';

/**
 * @typedef {object} TargetResult
 * @property {number} requests
 * @property {number} rps
 * @property {number} p50
 * @property {number} p95
 * @property {number} p99
 * @property {number} errors
 * @property {number} statementsPerRequest
 * @property {string[]} errorSamples
 */

/**
 * @typedef {object} ScenarioResult
 * @property {string} key
 * @property {string} title
 * @property {TargetResult} graphql
 * @property {TargetResult} baseline
 * @property {{ throughput: number, p95: number }} ratio   GraphQL / baseline
 */

/** Targets from the issue. */
export const TARGETS = { listThroughputRatio: 0.5, p95Ms: 50 };

const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const f2 = (n) => (Number.isFinite(n) ? n.toFixed(2) : '-');
const f0 = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '-');

/** Pass/fail against the targets; a run with errors passes nothing. */
export function checkTargets(scenarios) {
  const checks = [];
  for (const s of scenarios) {
    const clean = s.graphql.errors === 0 && s.baseline.errors === 0;
    const note = clean ? '' : ` (${s.graphql.errors} GraphQL / ${s.baseline.errors} baseline errors)`;
    if (s.key === 'list') {
      const ok = s.ratio.throughput >= TARGETS.listThroughputRatio;
      checks.push({ check: `(a) GraphQL throughput ≥ ${TARGETS.listThroughputRatio * 100}% of baseline`, value: `${f0(s.ratio.throughput * 100)}%${note}`, pass: ok && clean });
    }
    const ok = s.graphql.p95 < TARGETS.p95Ms;
    checks.push({ check: `${s.title.slice(0, 3)} GraphQL p95 < ${TARGETS.p95Ms} ms`, value: `${f1(s.graphql.p95)} ms${note}`, pass: ok && clean });
  }
  return checks;
}

/** The results as a plain-text table. */
export function formatTable({ scenarios, dataset, options }) {
  const head = ['scenario', 'target', 'ok req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'SQL/req', 'requests'];
  const rows = [];
  for (const s of scenarios) {
    for (const target of ['graphql', 'baseline']) {
      const r = s[target];
      rows.push([target === 'graphql' ? s.title.slice(0, 3) + ' ' + s.key : '', target, f0(r.rps), f1(r.p50), f1(r.p95), f1(r.p99), String(r.errors), f2(r.statementsPerRequest), f0(r.requests)]);
    }
    rows.push(['', 'GraphQL/baseline', `${f2(s.ratio.throughput)}×`, '', `${f2(s.ratio.p95)}×`, '', '', '', '']);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [
    `Data: ${f0(dataset.customers)} customers, ${f0(dataset.contacts)} contacts, ${dataset.users} users; ` +
      `signed in as ${dataset.rep.email} (sees ${f0(dataset.rep.visibleCustomers)} customers: own + pool)`,
    `Load: ${options.concurrency} concurrent clients, ${options.duration}s per scenario and target (after ${options.warmup}s warm-up); ` +
      `PostgreSQL ${dataset.postgres.version}, shared_buffers ${dataset.postgres.settings.shared_buffers}`,
    '',
    line(head),
    rule,
  ];
  for (const r of rows) out.push(r[1] === 'GraphQL/baseline' ? line(r) + '\n' : line(r));
  out.push('Scenarios:');
  for (const s of scenarios) out.push(`  ${s.title}`);
  const checks = checkTargets(scenarios);
  out.push('', 'Targets:');
  for (const c of checks) out.push(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.check}: ${c.value}`);
  return out.join('\n');
}

/** Writes bench/.out/results-<timestamp>.json and returns its path. */
export function writeJson(outDir, results) {
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(outDir, `results-${stamp}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...results, targets: checkTargets(results.scenarios) }, null, 2) + '\n');
  return file;
}
