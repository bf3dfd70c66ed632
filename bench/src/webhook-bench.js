import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * --suite webhooks: the change path and webhook delivery, end to end on the real server.
 *
 * 1. Writes without a webhook: C clients update their own customers (updateCustomer, one
 *    field) for D seconds; latency p50/p95 and SQL statements per update.
 * 2. The same with a webhook for customer.updated to a receiver on 127.0.0.1: the same
 *    write figures (the background delivery competes for the database), then until every
 *    event has arrived: events per second from the first write to the last arrival, and the
 *    delay from each event's commit (its payload timestamp) to its arrival, p50/p95/max.
 */

const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

function receiver() {
  const arrivals = new Map();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const id = String(req.headers['webhook-id']);
      if (!arrivals.has(id)) arrivals.set(id, { at: Date.now(), committedAt: Date.parse(JSON.parse(raw).timestamp) });
      res.writeHead(204).end();
    });
  });
  return {
    arrivals,
    start: () => new Promise((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${server.address().port}/hook`))),
    stop: () => new Promise((r) => server.close(r)),
  };
}

async function gql(url, token, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function sqlStatements(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^panorama_sql_statements_total (\d+)/m.exec(text)?.[1] ?? NaN);
}

/** C clients, each updating its own customers round-robin for `seconds`; latencies in ms and the update count. */
async function writeLoad(url, token, customers, clients, seconds) {
  const latencies = [];
  const versions = new Map(customers.map((c) => [c.id, c.version]));
  const until = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, k) => {
      const mine = customers.filter((_, i) => i % clients === k);
      for (let i = 0; Date.now() < until; i++) {
        const c = mine[i % mine.length];
        const t0 = performance.now();
        const data = await gql(url, token, 'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id version } }', {
          id: c.id, input: { version: versions.get(c.id), phone: `010-${String(++n).padStart(8, '0')}` },
        });
        latencies.push(performance.now() - t0);
        versions.set(c.id, data.updateCustomer.version);
      }
    }),
  );
  for (const c of customers) c.version = versions.get(c.id);
  return latencies.sort((a, b) => a - b);
}

/**
 * @param {{ server: { url: string }, token: string, options: { concurrency: number, duration: number }, log: (line?: string) => void }} o
 */
export async function runWebhookBench({ server, token, options, log }) {
  const clients = options.concurrency;
  const page = await gql(server.url, token, '{ customers(first: 100, filter: {}) { edges { node { id version } } } }');
  const customers = page.customers.edges.map((e) => e.node);
  if (customers.length < clients) throw new Error(`need at least ${clients} customers, found ${customers.length}`);

  const s0 = await sqlStatements(server.url);
  const plain = await writeLoad(server.url, token, customers, clients, options.duration);
  const s1 = await sqlStatements(server.url);

  const sink = receiver();
  const url = await sink.start();
  const hook = await gql(server.url, token, 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }', { input: { url, eventTypes: ['customer.updated'] } });
  const started = Date.now();
  const withHook = await writeLoad(server.url, token, customers, clients, options.duration);
  const s2 = await sqlStatements(server.url);
  const expected = withHook.length;
  const deadline = Date.now() + 300_000;
  while (sink.arrivals.size < expected && Date.now() < deadline) await sleep(100);
  const arrived = [...sink.arrivals.values()];
  const lastArrival = Math.max(...arrived.map((a) => a.at));
  const delays = arrived.map((a) => a.at - a.committedAt).sort((a, b) => a - b);
  await gql(server.url, token, 'mutation($id: ID!) { deleteWebhook(id: $id) }', { id: hook.createWebhook.webhook.id });
  await sink.stop();

  const row = (label, l, statements) =>
    log(`  ${label.padEnd(26)} ${String(l.length).padStart(6)} updates  p50 ${quantile(l, 0.5).toFixed(1).padStart(6)} ms  p95 ${quantile(l, 0.95).toFixed(1).padStart(6)} ms  ${(statements / l.length).toFixed(1)} SQL/update`);
  log(`Writes (updateCustomer, ${clients} clients, ${options.duration} s each):`);
  row('no webhook', plain, s1 - s0);
  row('webhook on customer.updated', withHook, s2 - s1);
  const seconds = (lastArrival - started) / 1000;
  log(`Delivery: ${arrived.length}/${expected} events arrived; ${(arrived.length / seconds).toFixed(0)} events/s from the first write to the last arrival;` +
    ` commit → arrival p50 ${quantile(delays, 0.5)} ms, p95 ${quantile(delays, 0.95)} ms, max ${delays.at(-1)} ms`);
  return {
    writes: {
      noWebhook: { updates: plain.length, p50: quantile(plain, 0.5), p95: quantile(plain, 0.95), sqlPerUpdate: (s1 - s0) / plain.length },
      webhook: { updates: withHook.length, p50: quantile(withHook, 0.5), p95: quantile(withHook, 0.95), sqlPerUpdate: (s2 - s1) / withHook.length },
    },
    delivery: { expected, arrived: arrived.length, eventsPerSecond: arrived.length / seconds, delayP50: quantile(delays, 0.5), delayP95: quantile(delays, 0.95), delayMax: delays.at(-1) },
  };
}
