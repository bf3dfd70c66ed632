import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

/**
 * The baseline: node:http + a `pg` Pool + hand-written SQL for the three bench requests,
 * answering with the same JSON as the GraphQL server. It does the same work per request:
 * the bearer token is checked against "Session" (one statement), the signed-in rep sees
 * own customers + the pool, list pages come with totalCount and owner. It understands
 * only the bench's operations (by `operationName`) and ignores the query text.
 */

const PAGE_MAX = 100;
const SORT_COLUMNS = { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', LAST_ACTIVITY_AT: 'lastActivityAt' };

// Timestamps are stored without time zone, in UTC (as Prisma writes them).
const types = {
  getTypeParser(oid, format) {
    if (oid === 1114) return (text) => new Date(`${text.replace(' ', 'T')}Z`);
    return pg.types.getTypeParser(oid, format);
  },
};

/** Same as the server's encodeCursor: base64url of JSON [sortValue, id]. */
const cursorOf = (value, id) => Buffer.from(JSON.stringify([value, id])).toString('base64url');
const iso = (d) => (d instanceof Date ? d.toISOString() : d);

/** Same as queryTokens() in the server's search-tokens.ts. */
function queryTokens(query) {
  const chars = Array.from(query.normalize('NFKC').toLowerCase().replace(/\s+/g, ''));
  if (chars.length === 1) return chars;
  const tokens = new Set();
  for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
  return [...tokens];
}

const likeEscape = (text) => text.replace(/[\\%_]/g, '\\$&');

class NotFound extends Error {}
class BadInput extends Error {}

/**
 * @param {{ databaseUrl: string, poolSize?: number, extraOperations?: (o: { sql: Function }) => Record<string, Function> }} o
 * @returns {Promise<{ url: string, statements: () => number, close: () => Promise<void> }>}
 */
export async function startBaseline({ databaseUrl, poolSize = 10, extraOperations }) {
  // The same session settings as the server's pool (core/db/database.ts): JIT off.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types, options: '-c jit=off' });
  let statements = 0;
  /** @type {(text: string, values?: unknown[]) => Promise<any[]>} */
  const sql = async (text, values) => {
    statements++;
    return (await pool.query(text, values)).rows;
  };

  async function viewerFor(req) {
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ')) return null;
    const tokenHash = createHash('sha256').update(auth.slice(7)).digest('hex');
    const rows = await sql(
      `SELECT u.id, u.role, u."departmentId" FROM "Session" s JOIN "User" u ON u.id = s."userId"
       WHERE s."tokenHash" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u.active`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** Own + pool for staff; admins see everything. Adds the viewer parameter to `params`. */
  function visibility(viewer, params, alias = 'c') {
    if (viewer.role === 'ADMIN') return 'TRUE';
    params.push(viewer.id);
    return `(${alias}."ownerId" = $${params.length} OR ${alias}."ownerId" IS NULL)`;
  }

  /** A customers page; `node` shapes each row as the operation's selection does. */
  async function customers(viewer, { first = 25, filter = {}, orderBy, after }, node = listNode) {
    if (after) throw new BadInput('the baseline does not page with cursors');
    if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX) throw new BadInput('first');
    const params = [];
    const where = [visibility(viewer, params), 'c."deletedAt" IS NULL'];
    // IN ($1, $2) rather than = ANY($1): one value is then a plain `=` the planner can use for ordered index scans.
    const inList = (values, type) => `IN (${values.map((v) => `$${params.push(v)}::"${type}"`).join(', ')})`;
    if (filter.lifecycleStage?.length) where.push(`c."lifecycleStage" ${inList(filter.lifecycleStage, 'LifecycleStage')}`);
    if (filter.tier?.length) where.push(`c.tier ${inList(filter.tier, 'CustomerTier')}`);
    const term = filter.search?.trim();
    const tokens = term ? queryTokens(term) : [];
    if (tokens.length) {
      params.push(tokens, `%${likeEscape(term)}%`);
      const t = params.length - 1;
      where.push(`c."searchTokens" @> $${t}::text[] AND (c.name ILIKE $${t + 1} OR c.phone LIKE $${t + 1} OR c.email ILIKE $${t + 1})`);
    }
    const column = SORT_COLUMNS[orderBy?.field ?? 'UPDATED_AT'];
    const direction = (orderBy?.direction ?? 'DESC') === 'ASC' ? 'ASC' : 'DESC';
    if (!column) throw new BadInput('orderBy.field');
    const whereSql = where.join(' AND ');
    const [rows, [{ count }]] = await Promise.all([
      sql(
        `SELECT c.id, c.name, c.kind, c.industry, c.tier, c."lifecycleStage", c.tags, c.phone, c.email, c."ownerId", c."updatedAt",
                c."${column}" AS sort_value, u.name AS owner_name
         FROM "Customer" c LEFT JOIN "User" u ON u.id = c."ownerId"
         WHERE ${whereSql}
         ORDER BY c."${column}" ${direction}, c.id ${direction}
         LIMIT ${first + 1}`,
        params,
      ),
      sql(`SELECT count(*)::int AS count FROM "Customer" c WHERE ${whereSql}`, params),
    ]);
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({ cursor: cursorOf(iso(r.sort_value), r.id), node: node(r) }));
    return {
      customers: {
        totalCount: count,
        pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    };
  }

  async function customer(viewer, { id }) {
    const params = [id];
    const rows = await sql(
      `SELECT c.id, c.name, c.kind, c.industry, c.size, c.tier, c."lifecycleStage", c.tags, c.phone, c.email, c.website,
              c.country, c.province, c.city, c."ownerId", c."lastActivityAt", c."createdAt", c."updatedAt", c.version,
              u.name AS owner_name, u.email AS owner_email
       FROM "Customer" c LEFT JOIN "User" u ON u.id = c."ownerId"
       WHERE c.id = $1 AND ${visibility(viewer, params)}`,
      params,
    );
    const c = rows[0];
    if (!c) throw new NotFound('Customer not found');
    const [contacts, [{ count }]] = await Promise.all([
      sql(
        `SELECT id, name, title, email, mobile, phone, "isPrimary", "doNotCall", "doNotEmail" FROM "Contact"
         WHERE "customerId" = $1 AND "deletedAt" IS NULL ORDER BY name ASC, id ASC LIMIT 21`,
        [c.id],
      ),
      sql(`SELECT count(*)::int AS count FROM "Contact" WHERE "customerId" = $1 AND "deletedAt" IS NULL`, [c.id]),
    ]);
    return {
      customer: {
        id: c.id,
        name: c.name,
        kind: c.kind,
        industry: c.industry,
        size: c.size,
        tier: c.tier,
        lifecycleStage: c.lifecycleStage,
        tags: c.tags,
        phone: c.phone,
        email: c.email,
        website: c.website,
        address: { country: c.country, province: c.province, city: c.city },
        inPool: c.ownerId === null,
        lastActivityAt: iso(c.lastActivityAt),
        createdAt: iso(c.createdAt),
        updatedAt: iso(c.updatedAt),
        version: c.version,
        owner: c.ownerId ? { id: c.ownerId, name: c.owner_name, email: c.owner_email } : null,
        contacts: {
          totalCount: count,
          edges: contacts.slice(0, 20).map((k) => ({
            node: {
              id: k.id,
              name: k.name,
              title: k.title,
              email: k.email,
              mobile: k.mobile,
              phone: k.phone,
              isPrimary: k.isPrimary,
              doNotCall: k.doNotCall,
              doNotEmail: k.doNotEmail,
            },
          })),
        },
      },
    };
  }

  const operations = {
    CustomerPage: (viewer, variables) => customers(viewer, variables, listNode),
    SearchCustomers: (viewer, { search }) => customers(viewer, { first: 20, filter: { search } }, searchNode),
    CustomerDetail: customer,
    // --suite sales: the dashboard and board operations (sales-baseline.js)
    ...(extraOperations ? extraOperations({ sql }) : {}),
  };

  async function handle(req, res) {
    if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { errors: [{ message: 'Not found' }] });
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    let request;
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, { errors: [{ message: 'Malformed JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
    const operation = operations[request.operationName];
    if (!operation) return send(res, 400, error(`Unknown operation ${request.operationName}`, 'BAD_USER_INPUT'));
    const viewer = await viewerFor(req);
    if (!viewer) return send(res, 200, error('Sign in first', 'UNAUTHENTICATED'));
    try {
      send(res, 200, { data: await operation(viewer, request.variables ?? {}) });
    } catch (e) {
      if (e instanceof NotFound) return send(res, 200, error(e.message, 'NOT_FOUND'));
      if (e instanceof BadInput) return send(res, 200, error(e.message, 'BAD_USER_INPUT'));
      throw e;
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error('baseline:', e);
      if (!res.headersSent) send(res, 500, error('Internal server error', 'INTERNAL_SERVER_ERROR'));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://127.0.0.1:${port}`,
    statements: () => statements,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

/** `node { id name kind industry tier lifecycleStage tags phone email inPool updatedAt owner { id name } }` */
const listNode = (r) => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  industry: r.industry,
  tier: r.tier,
  lifecycleStage: r.lifecycleStage,
  tags: r.tags,
  phone: r.phone,
  email: r.email,
  inPool: r.ownerId === null,
  updatedAt: iso(r.updatedAt),
  owner: r.ownerId ? { id: r.ownerId, name: r.owner_name } : null,
});

/** `node { id name phone email lifecycleStage updatedAt owner { id name } }` */
const searchNode = (r) => ({
  id: r.id,
  name: r.name,
  phone: r.phone,
  email: r.email,
  lifecycleStage: r.lifecycleStage,
  updatedAt: iso(r.updatedAt),
  owner: r.ownerId ? { id: r.ownerId, name: r.owner_name } : null,
});

const error = (message, code) => ({ errors: [{ message, extensions: { code } }], data: null });

function send(res, status, payload) {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
