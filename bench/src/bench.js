import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { parseOptions } from './args.js';
import { createDatabase, databaseExists, databaseName, dropDatabase, readMarker, writeMarker } from './database.js';
import { startPanorama } from './server.js';
import { generate, REP_EMAIL_DOMAIN } from './generate.js';
import { checkSearchTokens } from './tokens-check.js';
import { startBaseline } from './baseline-server.js';
import { buildScenarios } from './scenarios.js';
import { percentile, runLoad } from './load.js';
import { formatTable, writeJson } from './report.js';
import { checkParity } from './parity.js';
import { generateSales } from './sales-generate.js';
import { salesOperations } from './sales-baseline.js';
import { buildSalesScenarios } from './sales-scenarios.js';
import { formatSalesTable, writeSalesJson } from './sales-report.js';
import { runExportBench } from './export-bench.js';
import { runImportBench } from './import-bench.js';
import { runWebhookBench } from './webhook-bench.js';

/**
 * pnpm bench: generated data set → real server + raw-SQL baseline → the same three
 * requests against both under closed-loop load → table on stdout, JSON in bench/.out/.
 */

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(benchDir, '..');
const outDir = path.join(benchDir, '.out');
const ADMIN_EMAIL = `admin@${REP_EMAIL_DOMAIN}`;
const ADMIN_PASSWORD = 'bench-admin-password';
const REP_EMAIL = `rep01@${REP_EMAIL_DOMAIN}`;
const DETAIL_IDS = 1000;

const log = (line = '') => console.log(line);
const since = (t) => `${((performance.now() - t) / 1000).toFixed(1)}s`;

/** Things to undo at the end, newest first, also on Ctrl-C. */
const cleanups = [];
let cleaningUp = false;
async function cleanup() {
  if (cleaningUp) return;
  cleaningUp = true;
  while (cleanups.length) {
    const step = cleanups.pop();
    try {
      await step();
    } catch (e) {
      console.error(`cleanup: ${e?.message ?? e}`);
    }
  }
}
// Output piped into `head` and closed: keep going (the JSON file still gets written).
process.stdout.on('error', () => {});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)));
}

async function main() {
  const options = parseOptions();
  const { databaseUrl } = options;
  const t0 = performance.now();
  log(`Panorama bench — ${os.cpus().length} CPUs, Node ${process.version}, database ${databaseName(databaseUrl)}`);

  // 1. The database and the real server (which migrates and creates the admin).
  const sales = options.suite === 'sales';
  let marker = options.reuse && (await databaseExists(databaseUrl)) ? await readMarker(databaseUrl) : null;
  if (marker && sales && !marker.sales) throw new Error(`${databaseName(databaseUrl)} has no sales data: run --suite sales without --reuse first`);
  if (marker) {
    log(`Reusing the generated database (${marker.customers.toLocaleString('en')} customers × ${marker.contactsPer} contacts, ${marker.generatedAt})`);
    if (marker.sales) log(`  with ${Object.entries(marker.sales.counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);
  } else {
    await dropDatabase(databaseUrl);
    await createDatabase(databaseUrl);
    log('Created an empty database');
  }
  if (!options.keep) cleanups.push(async () => {
    await dropDatabase(databaseUrl);
    log(`Dropped ${databaseName(databaseUrl)} (use --keep to keep it, then --reuse)`);
  });

  let t = performance.now();
  fs.mkdirSync(outDir, { recursive: true });
  const server = await startPanorama({
    repoRoot,
    databaseUrl,
    adminEmail: ADMIN_EMAIL,
    adminPassword: ADMIN_PASSWORD,
    logFile: path.join(outDir, 'server.log'),
  });
  cleanups.push(() => server.stop());
  log(`Server ready at ${server.url} (pid ${server.pid}, migrated in ${since(t)}; log ${path.relative(repoRoot, server.logFile)})`);

  // 2. The data set.
  let generation = null;
  if (!marker) {
    t = performance.now();
    log(`Generating ${options.customers.toLocaleString('en')} customers × ${options.contactsPer} contacts in SQL…`);
    generation = await generate(databaseUrl, { customers: options.customers, contactsPer: options.contactsPer, log });
    const phases = Object.entries(generation.phases).map(([k, v]) => `${k} ${v}s`).join(', ');
    log(`Generated in ${generation.seconds}s (${phases}); ${generation.indexes} indexes rebuilt, ANALYZEd`);
    marker = { customers: options.customers, contactsPer: options.contactsPer, generatedAt: new Date().toISOString(), seconds: generation.seconds };
    if (sales) {
      t = performance.now();
      log(`Generating ${options.opportunities.toLocaleString('en')} opportunities, ${options.activities.toLocaleString('en')} activities, ${options.leads.toLocaleString('en')} leads in SQL…`);
      const g = await generateSales(databaseUrl, { opportunities: options.opportunities, activities: options.activities, leads: options.leads, log });
      const phases = Object.entries(g.phases).map(([k, v]) => `${k} ${v}s`).join(', ');
      log(`Generated in ${g.seconds}s (${phases}); ${g.indexes} indexes rebuilt, ANALYZEd`);
      const { seconds, phases: p, indexes: _indexes, stages: _stages, ...counts } = g;
      marker.sales = { counts, seconds, phases: p };
      generation.sales = g;
    }
    await writeMarker(databaseUrl, marker);
  }

  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  cleanups.push(() => db.end());
  if (sales) return runSales({ options, server, db, marker, generation, t0 });
  if (options.suite === 'export') return runExport({ options, server, db, t0 });
  if (options.suite === 'import') return runImport({ options, server, t0 });
  if (options.suite === 'webhooks') return runWebhooks({ options, server, t0 });

  // 3. Who signs in, and what they can see.
  const [{ customers, contacts, users }] = (await db.query(
    `SELECT (SELECT count(*) FROM "Customer")::int AS customers, (SELECT count(*) FROM "Contact")::int AS contacts, (SELECT count(*) FROM "User")::int AS users`,
  )).rows;
  const { rows: [rep] } = await db.query('SELECT id, email, name FROM "User" WHERE email = $1', [REP_EMAIL]);
  if (!rep) throw new Error(`${REP_EMAIL} does not exist: regenerate without --reuse`);
  const visibleWhere = `("ownerId" = $1 OR "ownerId" IS NULL) AND "deletedAt" IS NULL`;
  const [{ visible, own }] = (await db.query(`SELECT count(*)::int AS visible, count("ownerId")::int AS own FROM "Customer" WHERE ${visibleWhere}`, [rep.id])).rows;
  const detailIds = (await db.query(`SELECT id FROM "Customer" WHERE ${visibleWhere} ORDER BY random() LIMIT ${DETAIL_IDS}`, [rep.id])).rows.map((r) => r.id);
  const postgres = await postgresInfo(db);
  log(`PostgreSQL ${postgres.version}: shared_buffers ${postgres.settings.shared_buffers}, effective_cache_size ${postgres.settings.effective_cache_size}, ` +
    `work_mem ${postgres.settings.work_mem}, random_page_cost ${postgres.settings.random_page_cost}; "Customer" ${postgres.sizes.Customer}, "Contact" ${postgres.sizes.Contact} (with indexes)`);
  const dataset = { customers, contacts, users, rep: { email: rep.email, name: rep.name, visibleCustomers: visible, ownCustomers: own }, generation, postgres };

  const token = await login(server.url, REP_EMAIL, ADMIN_PASSWORD);
  log(`Signed in to GraphQL as ${rep.email} (${rep.name}): ${own.toLocaleString('en')} own + ${(visible - own).toLocaleString('en')} pool customers visible`);
  const tokenCheck = await checkSearchTokens({ url: server.url, token, databaseUrl });
  log(`searchTokens: the bench's SQL function ${tokenCheck.mismatches.length ? 'DIFFERS from' : 'agrees with'} what the app stored for ` +
    `${tokenCheck.checked} probe records created through the API` + (tokenCheck.mismatches.length ? `: ${JSON.stringify(tokenCheck.mismatches)}` : ' (probes deleted)'));

  // 4. The baseline, in this process (the load generator runs in a worker thread).
  const baseline = await startBaseline({ databaseUrl, poolSize: Number(process.env.DB_POOL_SIZE ?? 10) });
  cleanups.push(() => baseline.close());
  log(`Baseline (node:http + pg + SQL) at ${baseline.url}`);

  const targets = {
    graphql: { url: server.url, statements: () => sqlStatements(server.url) },
    baseline: { url: baseline.url, statements: async () => baseline.statements() },
  };
  const headers = { authorization: `Bearer ${token}` };
  const scenarios = buildScenarios({ detailIds }).filter((s) => options.only.includes(s.key));

  // 5. Same answers? Every list/search body and a few detail ids, compared as JSON.
  const parity = await checkParity(scenarios, targets, headers);
  for (const p of parity) {
    const more = p.diffs.length > 2 ? `; and ${p.diffs.length - 2} more` : '';
    log(`Same JSON from both targets, ${p.key}: ${p.equal}/${p.checked}${p.diffs.length ? ` — DIFFERENT: ${p.diffs.slice(0, 2).join('; ')}${more}` : ''}`);
  }

  // 6. Load.
  const results = [];
  for (const scenario of scenarios) {
    log(`\n${scenario.title}`);
    const result = { key: scenario.key, title: scenario.title };
    for (const [name, target] of Object.entries(targets)) {
      const load = { url: target.url, path: '/graphql', headers, bodies: scenario.bodies, concurrency: options.concurrency };
      if (options.warmup > 0) await runLoad({ ...load, durationMs: options.warmup * 1000 });
      const before = await target.statements();
      const run = await runLoad({ ...load, durationMs: options.duration * 1000 });
      const after = await target.statements();
      result[name] = summarize(run, after - before, scenario.labels);
      const r = result[name];
      log(`  ${name.padEnd(8)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ` +
        `errors ${r.errors}  SQL/req ${r.statementsPerRequest.toFixed(2)}${r.errorSamples.length ? `\n    e.g. ${r.errorSamples[0]}` : ''}`);
    }
    result.ratio = { throughput: result.graphql.rps / result.baseline.rps, p95: result.graphql.p95 / result.baseline.p95 };
    results.push(result);
    if (result.graphql.byLabel) {
      for (const [i, g] of result.graphql.byLabel.entries()) {
        const b = result.baseline.byLabel[i];
        log(`    ${padEndWide(g.label, 24)} graphql p50 ${g.p50.toFixed(1).padStart(6)}  p95 ${g.p95.toFixed(1).padStart(6)} ms   baseline p50 ${b.p50.toFixed(1).padStart(6)}  p95 ${b.p95.toFixed(1).padStart(6)} ms`);
      }
    }
  }

  const report = { scenarios: results, dataset, options };
  log(`\n${formatTable(report)}`);
  const file = writeJson(outDir, {
    startedAt: new Date(Date.now() - (performance.now() - t0)).toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}` },
    options: { ...options, databaseUrl: redact(databaseUrl) },
    dataset,
    searchTokensCheck: tokenCheck,
    parity,
    scenarios: results,
  });
  log(`\nResults: ${path.relative(repoRoot, file)}  (total ${since(t0)})`);
}

/** Per-target numbers from one measured run; per request body too when there are few. */
function summarize(run, statements, labels) {
  const { latencies } = run;
  const byLabel = labels.length <= 20
    ? run.byBody.map((b) => ({ label: labels[b.body], requests: b.latencies.length, p50: percentile(b.latencies, 50), p95: percentile(b.latencies, 95) }))
    : undefined;
  return {
    requests: run.requests,
    seconds: Math.round(run.elapsedMs) / 1000,
    rps: (run.requests - run.errors) / (run.elapsedMs / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    errors: run.errors,
    statements,
    statementsPerRequest: run.requests ? statements / run.requests : NaN,
    errorSamples: run.errorSamples,
    byLabel,
  };
}

/** Server version, the settings that matter most here, and table sizes. */
async function postgresInfo(db) {
  const names = ['shared_buffers', 'effective_cache_size', 'work_mem', 'random_page_cost', 'max_connections', 'jit'];
  const { rows } = await db.query('SELECT name, current_setting(name) AS value FROM pg_settings WHERE name = ANY($1)', [names]);
  const { rows: [sizes] } = await db.query(
    `SELECT pg_size_pretty(pg_total_relation_size('"Customer"')) AS "Customer", pg_size_pretty(pg_total_relation_size('"Contact"')) AS "Contact",
            pg_size_pretty(pg_database_size(current_database())) AS database, current_setting('server_version') AS version`,
  );
  const { version, ...rest } = sizes;
  return { version, settings: Object.fromEntries(rows.map((r) => [r.name, r.value])), sizes: rest };
}

async function login(url, email, password) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // Literals rather than variables: JSON string syntax is valid GraphQL string syntax.
    body: JSON.stringify({ query: `mutation { login(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }` }),
  });
  const json = await res.json();
  if (!json.data?.login?.token) throw new Error(`login as ${email} failed: ${JSON.stringify(json.errors ?? json)}`);
  return json.data.login.token;
}

/** panorama_sql_statements_total from the server's /metrics. */
async function sqlStatements(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = /^panorama_sql_statements_total(?:\{[^}]*\})? ([0-9.e+]+)$/m.exec(text);
  if (!match) throw new Error('panorama_sql_statements_total is missing from /metrics');
  return Number(match[1]);
}

/** padEnd by terminal columns: CJK characters take two. */
function padEndWide(text, width) {
  const wide = text.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g)?.length ?? 0;
  return text + ' '.repeat(Math.max(0, width - text.length - wide));
}

/**
 * --suite sales: per role (admin, manager), same-JSON checks then closed-loop load of each
 * scenario against GraphQL and the raw-SQL baseline (sales-baseline.js).
 */
async function runSales({ options, server, db, marker, generation, t0 }) {
  const { databaseUrl } = options;
  const postgres = await postgresInfo(db);
  const { rows: [counts] } = await db.query(
    `SELECT (SELECT count(*) FROM "Customer")::int AS customers, (SELECT count(*) FROM "Opportunity")::int AS opportunities,
            (SELECT count(*) FROM "Activity")::int AS activities, (SELECT count(*) FROM "ActivityAttendee")::int AS attendees,
            (SELECT count(*) FROM "Lead")::int AS leads, (SELECT count(*) FROM "PipelineStage")::int AS stages,
            pg_size_pretty(pg_total_relation_size('"Opportunity"')) AS "opportunitySize"`,
  );
  log(`PostgreSQL ${postgres.version}: shared_buffers ${postgres.settings.shared_buffers}, work_mem ${postgres.settings.work_mem}, jit ${postgres.settings.jit}; ` +
    `${counts.opportunities.toLocaleString('en')} opportunities ("Opportunity" ${counts.opportunitySize} with indexes), ${counts.activities.toLocaleString('en')} activities ` +
    `(${counts.attendees.toLocaleString('en')} attendee rows), ${counts.leads.toLocaleString('en')} leads, ${counts.customers.toLocaleString('en')} customers, ${counts.stages} stages`);

  const baseline = await startBaseline({ databaseUrl, poolSize: Number(process.env.DB_POOL_SIZE ?? 10), extraOperations: salesOperations });
  cleanups.push(() => baseline.close());
  log(`Baseline (node:http + pg + the server's SQL) at ${baseline.url}`);
  const targets = {
    graphql: { url: server.url, statements: () => sqlStatements(server.url) },
    baseline: { url: baseline.url, statements: async () => baseline.statements() },
  };
  const scenarios = buildSalesScenarios().filter((s) => options.only.includes(s.key));
  const emails = { admin: ADMIN_EMAIL, manager: `manager1@${REP_EMAIL_DOMAIN}` };

  const results = [];
  const parities = [];
  for (const role of options.roles) {
    const email = emails[role];
    const { rows: [who] } = await db.query(
      `SELECT u.id, u.name, u.role::text AS role,
         (SELECT count(*) FROM "User" x JOIN "Department" d ON d.id = x."departmentId" JOIN "Department" m ON m.id = u."departmentId" WHERE d.path LIKE m.path || '%')::int AS "subtreeUsers"
       FROM "User" u WHERE u.email = $1`, [email]);
    const { rows: [visible] } = await db.query(
      role === 'admin' ? `SELECT count(*)::int AS n FROM "Opportunity" WHERE "deletedAt" IS NULL`
        : `SELECT count(*)::int AS n FROM "Opportunity" o WHERE o."deletedAt" IS NULL AND o."ownerId" IN (
             SELECT x.id FROM "User" x JOIN "Department" d ON d.id = x."departmentId" JOIN "Department" m ON m.id = (SELECT "departmentId" FROM "User" WHERE id = $1) WHERE d.path LIKE m.path || '%')`,
      role === 'admin' ? [] : [who.id]);
    const token = await login(server.url, email, ADMIN_PASSWORD);
    const headers = { authorization: `Bearer ${token}` };
    log(`\n=== Signed in as ${email} (${who.role}${role === 'manager' ? `, ${who.subtreeUsers} users in the department subtree` : ''}): ${visible.n.toLocaleString('en')} live opportunities visible`);

    const parity = await checkParity(scenarios, targets, headers);
    for (const p of parity) {
      const more = p.diffs.length > 2 ? `; and ${p.diffs.length - 2} more` : '';
      log(`Same JSON from both targets, ${p.key}: ${p.equal}/${p.checked}${p.diffs.length ? ` — DIFFERENT: ${p.diffs.slice(0, 2).join('; ')}${more}` : ''}`);
    }
    parities.push({ role, parity });

    for (const scenario of scenarios) {
      log(`\n${scenario.title} — as ${role}`);
      const result = { key: scenario.key, role, title: scenario.title, visibleOpportunities: visible.n, loadBefore: os.loadavg() };
      for (const [name, target] of Object.entries(targets)) {
        const load = { url: target.url, path: '/graphql', headers, bodies: scenario.bodies, concurrency: options.concurrency };
        if (options.warmup > 0) await runLoad({ ...load, durationMs: options.warmup * 1000 });
        const before = await target.statements();
        const run = await runLoad({ ...load, durationMs: options.duration * 1000 });
        const after = await target.statements();
        result[name] = summarize(run, after - before, scenario.labels);
        const r = result[name];
        log(`  ${name.padEnd(8)} ${r.rps.toFixed(1).padStart(7)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ` +
          `errors ${r.errors}  SQL/req ${r.statementsPerRequest.toFixed(2)}${r.errorSamples.length ? `\n    e.g. ${r.errorSamples[0]}` : ''}`);
      }
      result.loadAfter = os.loadavg();
      result.ratio = { throughput: result.graphql.rps / result.baseline.rps, p50: result.graphql.p50 / result.baseline.p50, p95: result.graphql.p95 / result.baseline.p95 };
      log(`  ratio GraphQL/baseline: p50 ${result.ratio.p50.toFixed(2)}×, p95 ${result.ratio.p95.toFixed(2)}×; load average ${result.loadAfter.map((x) => x.toFixed(2)).join(' ')}`);
      if (result.graphql.byLabel) {
        for (const [i, g] of result.graphql.byLabel.entries()) {
          const b = result.baseline.byLabel[i];
          log(`    ${g.label.padEnd(12)} graphql p50 ${g.p50.toFixed(1).padStart(7)}  p95 ${g.p95.toFixed(1).padStart(7)} ms   baseline p50 ${b.p50.toFixed(1).padStart(7)}  p95 ${b.p95.toFixed(1).padStart(7)} ms`);
        }
      }
      results.push(result);
    }
  }

  const dataset = { ...counts, generation, marker, postgres };
  log(`\n${formatSalesTable({ scenarios: results, dataset, options })}`);
  const file = writeSalesJson(outDir, {
    startedAt: new Date(Date.now() - (performance.now() - t0)).toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}`, loadavg: os.loadavg() },
    options: { ...options, databaseUrl: redact(databaseUrl) },
    dataset,
    parity: parities,
    scenarios: results,
  });
  log(`\nResults: ${path.relative(repoRoot, file)}  (total ${since(t0)})`);
}

/** --suite export: the customers export as the admin (every customer) and as manager1 (department + pool), CSV and XLSX. */
async function runExport({ options, server, db, t0 }) {
  const [{ customers }] = (await db.query('SELECT count(*)::int AS customers FROM "Customer" WHERE "deletedAt" IS NULL')).rows;
  log(`\nExport of customers (${customers.toLocaleString('en')} live), one download at a time, body read as it arrives`);
  // reps hold no customer:export; a sales manager exports their department's customers and the pool
  const tokens = { admin: await login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD), manager1: await login(server.url, `manager1@${REP_EMAIL_DOMAIN}`, ADMIN_PASSWORD) };
  const results = await runExportBench({ server, options, tokens, log });
  writeSuiteResults('export', { options, results, customers }, t0);
}

/** --suite import: a CSV of new customers imported as the admin (dry run, insert, upsert by email, undo). */
async function runImport({ options, server, t0 }) {
  log(`\nImport of ${options.importRows.toLocaleString('en')} customers from CSV, one request per step`);
  const token = await login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const results = await runImportBench({ url: server.url, token, rows: options.importRows, log });
  writeSuiteResults('import', { options, results }, t0);
}

/** --suite webhooks: update latency without and with a webhook, then outbox-to-receiver throughput and delay. */
async function runWebhooks({ options, server, t0 }) {
  log(`\nChange path and webhook delivery: updateCustomer as the admin, ${options.concurrency} clients`);
  const token = await login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const results = await runWebhookBench({ server, token, options, log });
  writeSuiteResults('webhooks', { options, results }, t0);
}

/** Writes a suite's results as bench/.out/<name>-<time>.json with the machine and options, and says where. */
function writeSuiteResults(name, { options, ...data }, t0) {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() },
    options: { ...options, databaseUrl: redact(options.databaseUrl) },
    ...data,
  }, null, 2));
  log(`\nResults: ${path.relative(repoRoot, file)}  (total ${since(t0)})`);
}

const redact = (url) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

main()
  .catch((e) => {
    console.error(`\nbench failed: ${e?.stack ?? e}`);
    process.exitCode = 1;
  })
  .finally(cleanup);
