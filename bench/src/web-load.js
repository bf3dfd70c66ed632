import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startPanorama } from './server.js';
import { LCP_OBSERVER, watchPage, weighAssets } from './web-measure.js';

/**
 * pnpm --filter @panorama/bench web: the web app's first load (issue 10, item 3). Starts the
 * built server on a fresh embedded database with the demo data, signs in as a demo user and
 * loads the customer list and the dashboard in Chromium: cold (a new browser context, empty
 * cache) then warm (the same page reloaded), on loopback and on a throttled link. Prints the
 * medians per cell and writes bench/.out/web-load-<timestamp>.json.
 */

const USAGE = `Usage: pnpm --filter @panorama/bench web [options]

  --runs N          loads per cell; the table shows medians (default 3)
  --pages LIST      customers,dashboard (default both)
  --networks LIST   loopback,throttled (default both; throttled = 1.6 Mbps down, 750 Kbps up, 150 ms)
  --user EMAIL      who signs in (default manager.north@panorama.local, password panorama-demo)
  --password P
  --chromium PATH   browser (default $CHROMIUM_PATH or /usr/bin/chromium)
  --help            this text

Build first: pnpm turbo run build (the server serves apps/web/dist).`;

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(benchDir, '..');
const outDir = path.join(benchDir, '.out');

/** What each page shows when its own content has arrived. */
const PAGES = {
  customers: { path: '/customers', ready: 'tbody tr a[href^="/customers/"]' },
  dashboard: { path: '/dashboard', ready: '.recharts-bar-rectangle' },
};
/** Targets from the issue. */
const TARGETS = { loopbackLcpMs: 1000, throttledLcpMs: 2500, customerListFirstLoadKb: 250 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const log = (line = '') => console.log(line);
process.stdout.on('error', () => {});

function parseOptions(argv = process.argv.slice(2)) {
  const args = argv.filter((a, i) => !(a === '--' && i === 0));
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      runs: { type: 'string', default: '3' },
      pages: { type: 'string', default: Object.keys(PAGES).join(',') },
      networks: { type: 'string', default: 'loopback,throttled' },
      user: { type: 'string', default: 'manager.north@panorama.local' },
      password: { type: 'string', default: 'panorama-demo' },
      chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    log(USAGE);
    process.exit(0);
  }
  const list = (value, known, name) => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    for (const item of items) if (!known.includes(item)) fail(`--${name}: unknown "${item}" (${known.join(', ')})`);
    return items;
  };
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail('--runs must be a whole number ≥ 1');
  return {
    runs,
    pages: list(values.pages, Object.keys(PAGES), 'pages'),
    networks: list(values.networks, ['loopback', 'throttled'], 'networks'),
    user: values.user,
    password: values.password,
    chromium: values.chromium,
  };
}

function fail(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

/** A session token for the user, through the API (one sign-in for the whole run). */
async function signIn(url, email, password) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', variables: { email, password } }),
  });
  const body = await res.json();
  const token = body.data?.login?.token;
  if (!token) throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(body.errors ?? body)}`);
  return token;
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '-');
const kb = (n) => (Number.isFinite(n) ? (n / 1024).toFixed(1) : '-');

function formatTable(cells) {
  const head = ['page', 'network', 'cache', 'FCP ms', 'LCP ms', 'ready ms', 'KB moved', 'GraphQL KB', 'requests', 'from cache', 'LCP element'];
  const rows = cells.map((c) => [c.page, c.network, c.cache, ms(c.fcp), ms(c.lcp), ms(c.ready), kb(c.bytes), kb(c.graphqlBytes), String(c.requests), String(c.cached), c.lcpElement]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 3 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main() {
  const options = parseOptions();
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length) await cleanups.pop()().catch((e) => console.error(`cleanup: ${e?.message ?? e}`));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

  try {
    if (!fs.existsSync(path.join(repoRoot, 'apps/web/dist/index.html'))) throw new Error('apps/web/dist is missing: run pnpm turbo run build first');
    fs.mkdirSync(outDir, { recursive: true });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'panorama-web-load-'));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    let t = performance.now();
    const server = await startPanorama({
      repoRoot,
      databaseUrl: '',
      adminEmail: 'admin@panorama.local',
      adminPassword: 'panorama-admin',
      logFile: path.join(outDir, 'web-server.log'),
      env: { DATA_DIR: dataDir, SEED_DEMO: 'true' },
    });
    cleanups.push(() => server.stop());
    log(`Panorama web load — ${os.cpus().length} CPUs, Node ${process.version}; server at ${server.url} on the embedded database with demo data (ready in ${((performance.now() - t) / 1000).toFixed(1)}s)`);

    const token = await signIn(server.url, options.user, options.password);
    const browser = await chromium.launch({ executablePath: options.chromium, headless: true, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());
    log(`Chromium ${browser.version()}, signed in as ${options.user}; ${options.runs} run(s) per cell, medians shown\n`);

    const results = [];
    const firstLoad = {};
    for (const network of options.networks) {
      for (const pageKey of options.pages) {
        const target = PAGES[pageKey];
        const runs = { cold: [], warm: [] };
        for (let run = 0; run < options.runs; run++) {
          t = performance.now();
          const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 850 } });
          await context.addCookies([{ name: 'panorama_session', value: token, url: server.url }]);
          await context.addInitScript(LCP_OBSERVER);
          const page = await context.newPage();
          const throttled = network === 'throttled';
          const watch = await watchPage(page, { throttle: throttled, ready: target.ready, settleMs: throttled ? 1000 : 300, timeoutMs: 60_000 });
          const cold = await watch.load(() => page.goto(server.url + target.path, { waitUntil: 'commit' }));
          const warm = await watch.load(() => page.reload({ waitUntil: 'commit' }));
          await context.close();
          runs.cold.push(cold);
          runs.warm.push(warm);
          if (network === 'loopback' && run === 0) firstLoad[pageKey] = await weighAssets(cold.assets);
          log(`  ${target.path} ${network} run ${run + 1}: cold LCP ${ms(cold.lcp)} ms, ${kb(cold.bytes)} KB in ${cold.requests} requests; warm LCP ${ms(warm.lcp)} ms (${((performance.now() - t) / 1000).toFixed(1)}s)`);
        }
        for (const cache of ['cold', 'warm']) {
          const xs = runs[cache];
          const pick = (k) => median(xs.map((x) => x[k]));
          const lcpElements = [...new Set(xs.map((x) => x.lcpElement))];
          results.push({
            page: target.path, network, cache,
            fcp: pick('fcp'), lcp: pick('lcp'), ready: pick('ready'), bytes: pick('bytes'), graphqlBytes: pick('graphqlBytes'),
            requests: pick('requests'), cached: pick('cached'), lcpElement: lcpElements.join(' | '),
            encodings: [...new Set(xs.flatMap((x) => x.assets.map((a) => a.encoding || 'identity')))],
            runs: xs.map(({ assets: _assets, ...rest }) => rest),
          });
        }
      }
    }

    log('');
    log(formatTable(results));
    log(`\nLoad average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} (1/5/15 min) on ${os.cpus().length} CPUs: the browser, the server and anything else running share them`);
    log('');
    for (const [pageKey, w] of Object.entries(firstLoad)) {
      log(`${PAGES[pageKey].path} first load: ${w.files} scripts and stylesheets, ${kb(w.raw)} KB, ${kb(w.gzip)} KB gzipped; charting library ${w.charts ? 'loaded' : 'not loaded'}`);
    }
    const encodings = [...new Set(results.flatMap((r) => r.encodings))];
    log(`Content-Encoding of scripts and stylesheets: ${encodings.join(', ') || '-'}`);

    log('');
    const checks = [];
    for (const r of results) {
      const limit = r.network === 'loopback' ? TARGETS.loopbackLcpMs : TARGETS.throttledLcpMs;
      checks.push({ check: `${r.page} ${r.network} ${r.cache} LCP < ${limit} ms`, value: `${ms(r.lcp)} ms`, pass: r.lcp < limit });
    }
    if (firstLoad.customers) {
      checks.push({ check: `/customers first load < ${TARGETS.customerListFirstLoadKb} KB gzipped`, value: `${kb(firstLoad.customers.gzip)} KB`, pass: firstLoad.customers.gzip < TARGETS.customerListFirstLoadKb * 1024 });
      checks.push({ check: '/customers loads no charting library', value: firstLoad.customers.charts ? 'loaded' : 'not loaded', pass: !firstLoad.customers.charts });
    }
    const width = Math.max(...checks.map((c) => c.check.length));
    for (const c of checks) log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.check.padEnd(width)}  ${c.value}`);

    const file = path.join(outDir, `web-load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify({ options, chromium: browser.version(), results, firstLoad, checks }, null, 2));
    log(`\nJSON: ${path.relative(repoRoot, file)}; server log: ${path.relative(repoRoot, server.logFile)}`);
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
