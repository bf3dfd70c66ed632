import fs from 'node:fs';
import path from 'node:path';

/**
 * Targets from issue #3 ("Benchmark"): per dashboard chart GraphQL/raw ≤ 1.3 and GraphQL
 * p95 < 300 ms at 1M opportunities; kanban board p95 < 100 ms. The ratio checked is p50
 * (GraphQL p50 / baseline p50) per period where a scenario has several; p95 ratios are printed too.
 */
export const SALES_TARGETS = { ratio: 1.3, chartP95Ms: 300, boardP95Ms: 100 };

const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const f2 = (n) => (Number.isFinite(n) ? n.toFixed(2) : '-');
const f0 = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '-');

export function checkSalesTargets(scenarios) {
  const checks = [];
  for (const s of scenarios) {
    const clean = s.graphql.errors === 0 && s.baseline.errors === 0;
    const note = clean ? '' : ` (${s.graphql.errors} GraphQL / ${s.baseline.errors} baseline errors)`;
    const who = `${s.key} as ${s.role}`;
    if (s.key === 'board' || s.key === 'cards') {
      checks.push({ check: `${who}: GraphQL p95 < ${SALES_TARGETS.boardP95Ms} ms`, value: `${f1(s.graphql.p95)} ms${note}`, pass: clean && s.graphql.p95 < SALES_TARGETS.boardP95Ms });
    } else {
      checks.push({ check: `${who}: GraphQL p95 < ${SALES_TARGETS.chartP95Ms} ms`, value: `${f1(s.graphql.p95)} ms${note}`, pass: clean && s.graphql.p95 < SALES_TARGETS.chartP95Ms });
    }
    // Per period (body): a p50 over two periods of very different cost is not a meaningful ratio.
    const periods = (s.graphql.byLabel ?? [])
      .map((g, i) => ({ label: g.label, g, b: s.baseline.byLabel?.[i] }))
      .filter((p) => p.b && p.g.requests > 0 && p.b.requests > 0);
    const ratios = periods.length > 1
      ? periods.map((p) => ({ label: p.label, r: p.g.p50 / p.b.p50 }))
      : [{ label: 'p50', r: s.ratio.p50 }];
    checks.push({
      check: `${who}: GraphQL/raw p50 ≤ ${SALES_TARGETS.ratio}${periods.length > 1 ? ' per period' : ''}`,
      value: `${ratios.map((x) => `${x.label} ${f2(x.r)}×`).join(', ')} (p95 ${f2(s.ratio.p95)}×)${note}`,
      pass: clean && ratios.every((x) => x.r <= SALES_TARGETS.ratio),
    });
  }
  return checks;
}

export function formatSalesTable({ scenarios, dataset, options }) {
  const head = ['scenario', 'role', 'target', 'ok req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'SQL/req', 'requests'];
  const rows = [];
  for (const s of scenarios) {
    for (const target of ['graphql', 'baseline']) {
      const r = s[target];
      rows.push([target === 'graphql' ? s.key : '', target === 'graphql' ? s.role : '', target, f1(r.rps), f1(r.p50), f1(r.p95), f1(r.p99), String(r.errors), f2(r.statementsPerRequest), f0(r.requests)]);
    }
    rows.push(['', '', 'GraphQL/baseline', `${f2(s.ratio.throughput)}×`, `${f2(s.ratio.p50)}×`, `${f2(s.ratio.p95)}×`, '', '', '', '']);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [
    `Data: ${f0(dataset.opportunities)} opportunities, ${f0(dataset.activities)} activities, ${f0(dataset.leads)} leads, ${f0(dataset.customers)} customers`,
    `Load: ${options.concurrency} concurrent clients, ${options.duration}s per scenario, role and target (after ${options.warmup}s warm-up); ` +
      `PostgreSQL ${dataset.postgres.version}, shared_buffers ${dataset.postgres.settings.shared_buffers}, work_mem ${dataset.postgres.settings.work_mem}`,
    '',
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
  ];
  for (const r of rows) out.push(r[2] === 'GraphQL/baseline' ? line(r) + '\n' : line(r));
  out.push('Scenarios:');
  for (const s of scenarios.filter((x, i, all) => all.findIndex((y) => y.key === x.key) === i)) out.push(`  ${s.title}`);
  out.push('', 'Targets (issue #3):');
  for (const c of checkSalesTargets(scenarios)) out.push(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.check}: ${c.value}`);
  return out.join('\n');
}

export function writeSalesJson(outDir, results) {
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(outDir, `sales-results-${stamp}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...results, targets: checkSalesTargets(results.scenarios) }, null, 2) + '\n');
  return file;
}
