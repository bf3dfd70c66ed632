import client from 'prom-client';

/** Prometheus metrics of one process, served at GET /metrics. */
export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new client.Histogram({
      name: 'panorama_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    graphqlOperations: new client.Counter({
      name: 'panorama_graphql_operations_total',
      help: 'GraphQL operations by name and outcome',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    sqlStatements: new client.Counter({
      name: 'panorama_sql_statements_total',
      help: 'SQL statements sent to the database',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** The server's own endpoints keep their path; everything else is the web app (its client-side routes carry record ids). */
const ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);

/** A bounded `route` label: one series per endpoint, never one per URL a client makes up. */
export function routeLabel(path: string): string {
  if (ROUTES.has(path)) return path;
  if (path.startsWith('/graphql')) return '/graphql';
  return path.startsWith('/assets/') ? '/assets' : 'web';
}

/** Distinct operation names labelled per process; later ones count as `other`. */
const MAX_OPERATION_NAMES = 500;
const seenOperations = new Set<string>();

/**
 * A bounded `operation` label: clients name their operations, so a made-up or random name
 * must not grow the registry without end. Well-formed names up to a cap keep their own series.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (seenOperations.has(name)) return name;
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) || seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperations.add(name);
  return name;
}
