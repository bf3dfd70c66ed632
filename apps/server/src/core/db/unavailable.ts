/**
 * Whether an error means "the database cannot be reached right now" (down, frozen, restarting,
 * out of connections) rather than "this request is wrong" or "our code is wrong". Such errors
 * answer 503 with Retry-After instead of 500: the client should try again shortly.
 *
 * They reach us in several shapes: pg's own errors passed through by the driver adapter
 * ("Connection terminated unexpectedly", "timeout exceeded when trying to connect", "Query read
 * timeout"), socket errors, Prisma's known errors carrying the adapter's error kind or the
 * PostgreSQL SQLSTATE, and wrappers (GraphQLError.originalError, Error.cause) around any of them.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === 'object' && !seen.has(e); e = next(e)) {
    seen.add(e);
    if (matches(e as Shape)) return true;
  }
  return false;
}

interface Shape {
  message?: unknown;
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown; code?: unknown } } };
  originalError?: unknown;
  cause?: unknown;
}

const next = (e: object): unknown => (e as Shape).originalError ?? (e as Shape).cause;

const MESSAGES = [
  'Connection terminated', // pg: the server or the network closed the connection (also "due to connection timeout")
  'timeout exceeded when trying to connect', // pg-pool: no connection within connectionTimeoutMillis
  'Query read timeout', // pg: no answer within query_timeout (a frozen server)
  "Can't reach database server",
  'Unable to start a transaction in the given time', // Prisma: no pool connection within maxWait
  'Connection is closed',
  'the database system is', // starting up / shutting down / in recovery mode
  'terminating connection due to',
  'canceling statement due to statement timeout',
];

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** Prisma: can't reach, timed out, operations timed out, server closed the connection, pool timeout. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** SQLSTATEs: connection exceptions (08…), statement timeout or cancel (57014), shutdown and "cannot connect now" (57P0x), too many connections, idle-in-transaction timeout. */
function unavailableSqlState(code: unknown): boolean {
  return typeof code === 'string' && (/^08[0-9A-Z]{3}$/.test(code) || ['57014', '57P01', '57P02', '57P03', '53300', '25P03'].includes(code));
}

function matches(e: Shape): boolean {
  if (typeof e.message === 'string' && MESSAGES.some((m) => (e.message as string).includes(m))) return true;
  if (typeof e.code === 'string' && (SOCKET_CODES.has(e.code) || PRISMA_CODES.has(e.code) || unavailableSqlState(e.code))) return true;
  const cause = e.meta?.driverAdapterError?.cause;
  return !!cause && (ADAPTER_KINDS.has(String(cause.kind)) || unavailableSqlState(cause.originalCode));
}
