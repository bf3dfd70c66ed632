import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  CITIES, CITIES_PY, PROVINCES, WORDS, WORDS_PY, TRADES, TRADE_INDUSTRIES, EN_ADJ, EN_NOUN, EN_SUFFIX,
  SUFFIX_INDUSTRIES, EN_LEGAL, EN_COUNTRIES, EN_CITIES, CN_SURNAMES, CN_GIVEN, EN_FIRST, EN_LAST, TAGS,
  CN_TITLES, EN_TITLES, CN_ROLES, EN_ROLES, MOBILE_PREFIXES, AREA_CODES
} from './words.js';

/**
 * The generated data set, built in SQL (INSERT … SELECT generate_series, in batches over two connections):
 * a department tree with 4 managers and 20 sales reps, N customers with Chinese (60%) and
 * English (40%) names, and `contactsPer` contacts each. `searchTokens` come from a
 * session-local SQL function that mirrors apps/server/src/core/search/search-tokens.ts.
 *
 * Chinese company names are <city><word><trade>有限公司 from 12 × 18 × 12 parts, so a
 * city+word term like 北京星辰 matches ~1/216 of the Chinese customers (a few hundred at
 * 100k) and a trade like 科技 ~1/12 of them (thousands): selective and unselective searches.
 */

const REGIONS = ['华北大区 North', '华东大区 East', '华南大区 South', '西部大区 West'];
const REPS_PER_REGION = 5;
export const REP_EMAIL_DOMAIN = 'bench.local';
const BATCH = 10_000;

/** SQL array literal of constant strings. */
const arr = (items) => `ARRAY[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(',')}]::text[]`;
/** Random element of a constant list, 1-based; `r` is an SQL expression in [0,1). */
const pick = (items, r = 'random()') => `(${arr(items)})[1 + floor(${r} * ${items.length})::int]`;
const digits = (n) => `lpad(floor(random() * 1e${n})::bigint::text, ${n}, '0')`;

/**
 * Session-local twin of documentTokens(): per part, NFKC, lower-case, strip whitespace,
 * then distinct unigrams and bigrams (by character, as Array.from does in JS). The last
 * "bigram" substr(s, len, 2) is the last character, already a unigram. OFFSET 0 keeps the
 * normalized string from being recomputed for every character.
 */
export const TOKENS_FUNCTION = `
CREATE FUNCTION pg_temp.bench_tokens(VARIADIC parts text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(n.s, i, k)), '{}')
  FROM (SELECT regexp_replace(lower(normalize(p, NFKC)), '\\s+', '', 'g') AS s FROM unnest(parts) AS p WHERE p IS NOT NULL OFFSET 0) AS n
  CROSS JOIN LATERAL generate_series(1, length(n.s)) AS i
  CROSS JOIN (VALUES (1), (2)) AS t(k)
$$`;

/** One batch of customers [from, to] and their contacts, in one statement. */
function customersSql(contactsPer) {
  const customers = `
    reps AS (SELECT array_agg(id ORDER BY email) AS ids FROM "User" WHERE role = 'SALES_REP' AND email LIKE '%@${REP_EMAIL_DOMAIN}'),
    r AS (
      SELECT g,
        random() < 0.6 AS zh, random() < 0.08 AS person,
        floor(random() * ${CITIES.length})::int + 1 AS ci, floor(random() * ${WORDS.length})::int + 1 AS wi,
        floor(random() * ${TRADES.length})::int + 1 AS ti, floor(random() * ${EN_ADJ.length})::int + 1 AS ai,
        floor(random() * ${EN_NOUN.length})::int + 1 AS ni, floor(random() * ${EN_SUFFIX.length})::int + 1 AS si,
        floor(random() * ${EN_COUNTRIES.length})::int + 1 AS ki,
        ${pick(CN_SURNAMES)} || ${pick(CN_GIVEN)} AS zh_person,
        ${pick(EN_FIRST)} AS first_name, ${pick(EN_LAST)} AS last_name,
        ${pick(EN_LEGAL)} AS en_legal,
        random() AS r_owner, random() AS r_tier, random() AS r_stage, random() AS r_tags, random() AS r_mail, random() AS r_phone,
        floor(random() * ${TAGS.length})::int AS tag0,
        now() - random() * interval '730 days' AS created
      FROM generate_series($1::int, $2::int) AS g
    ),
    named AS (
      SELECT r.*,
        CASE
          WHEN zh AND person THEN zh_person
          WHEN zh THEN (${arr(CITIES)})[ci] || (${arr(WORDS)})[wi] || (${arr(TRADES)})[ti] || '有限公司'
          WHEN person THEN first_name || ' ' || last_name
          ELSE (${arr(EN_ADJ)})[ai] || ' ' || (${arr(EN_NOUN)})[ni] || ' ' || (${arr(EN_SUFFIX)})[si] || en_legal
        END AS name,
        CASE
          WHEN person THEN NULL
          WHEN zh THEN (${arr(CITIES_PY)})[ci] || (${arr(WORDS_PY)})[wi] || '.com.cn'
          ELSE lower((${arr(EN_ADJ)})[ai] || (${arr(EN_NOUN)})[ni]) || '.com'
        END AS domain,
        CASE
          WHEN r_phone < 0.05 THEN NULL
          WHEN zh AND (person OR r_phone < 0.5) THEN ${pick(MOBILE_PREFIXES)} || ${digits(8)}
          WHEN zh THEN (${arr(AREA_CODES)})[ci] || '-' || ${digits(8)}
          ELSE '+1-' || ${digits(3)} || '-555-' || ${digits(4)}
        END AS phone,
        created + random() * (now() - created) AS updated
      FROM r
    ),
    mailed AS (
      SELECT named.*,
        CASE
          WHEN r_mail < 0.1 THEN NULL
          WHEN person AND zh THEN 'u' || g || '@163.com'
          WHEN person THEN lower(first_name || '.' || last_name) || g || '@gmail.com'
          ELSE ${pick(['info', 'sales', 'contact', 'service'])} || '@' || domain
        END AS email
      FROM named
    ),
    ins AS (
      INSERT INTO "Customer" (id, kind, name, industry, size, tier, "lifecycleStage", "ownerId", tags, phone, email, website,
        country, province, city, "searchTokens", "lastActivityAt", "claimedAt", "createdAt", "updatedAt", version)
      SELECT gen_random_uuid()::text,
        (CASE WHEN person THEN 'PERSON' ELSE 'COMPANY' END)::"CustomerKind",
        name,
        CASE WHEN person THEN NULL WHEN zh THEN (${arr(TRADE_INDUSTRIES)})[ti] ELSE (${arr(SUFFIX_INDUSTRIES)})[si] END,
        CASE WHEN person THEN NULL ELSE ${pick(['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'])}::"CompanySize" END,
        (CASE WHEN r_tier < 0.05 THEN 'STRATEGIC' WHEN r_tier < 0.20 THEN 'KEY' WHEN r_tier < 0.70 THEN 'STANDARD' ELSE 'SMALL' END)::"CustomerTier",
        (CASE WHEN r_stage < 0.30 THEN 'LEAD' WHEN r_stage < 0.55 THEN 'PROSPECT' WHEN r_stage < 0.90 THEN 'CUSTOMER' ELSE 'CHURNED' END)::"LifecycleStage",
        CASE WHEN r_owner < 0.30 THEN NULL ELSE reps.ids[1 + floor((r_owner - 0.30) / 0.70 * array_length(reps.ids, 1))::int] END,
        CASE
          WHEN r_tags < 0.40 THEN '{}'::text[]
          WHEN r_tags < 0.75 THEN ARRAY[(${arr(TAGS)})[1 + tag0]]
          WHEN r_tags < 0.93 THEN ARRAY[(${arr(TAGS)})[1 + tag0], (${arr(TAGS)})[1 + (tag0 + 3) % ${TAGS.length}]]
          ELSE ARRAY[(${arr(TAGS)})[1 + tag0], (${arr(TAGS)})[1 + (tag0 + 3) % ${TAGS.length}], (${arr(TAGS)})[1 + (tag0 + 7) % ${TAGS.length}]]
        END,
        phone, email,
        CASE WHEN domain IS NULL THEN NULL ELSE 'https://www.' || domain END,
        CASE WHEN zh THEN '中国' ELSE (${arr(EN_COUNTRIES)})[ki] END,
        CASE WHEN zh THEN (${arr(PROVINCES)})[ci] END,
        CASE WHEN zh THEN (${arr(CITIES)})[ci] ELSE (${arr(EN_CITIES)})[ki] END,
        pg_temp.bench_tokens(name, phone, email),
        updated + random() * (now() - updated),
        CASE WHEN r_owner < 0.30 THEN NULL ELSE created + random() * (updated - created) END,
        created, updated, 1 + floor(random() * 3)::int
      FROM mailed CROSS JOIN reps
      RETURNING id, name, email, kind, "createdAt"
    )`;
  if (contactsPer === 0) return `WITH ${customers} SELECT count(*)::int AS customers, 0 AS contacts FROM ins`;
  return `WITH ${customers},
    people AS (
      SELECT ins.id AS customer_id, k, ins."createdAt" AS customer_created,
        ins.name ~ '[^\\x01-\\x7f]' AS zh,
        coalesce(split_part(ins.email, '@', 2), 'example.com') AS domain,
        ${pick(CN_SURNAMES)} || ${pick(CN_GIVEN)} AS zh_name,
        ${pick(EN_FIRST)} AS first_name, ${pick(EN_LAST)} AS last_name,
        floor(random() * ${CN_TITLES.length})::int + 1 AS title_i,
        floor(random() * ${CN_ROLES.length})::int + 1 AS role_i,
        random() AS r_role, random() AS r_channel, random() AS r_phone,
        ins."createdAt" + random() * (now() - ins."createdAt") AS created
      FROM ins CROSS JOIN generate_series(1, ${contactsPer}) AS k
    ),
    contact_rows AS (
      SELECT people.*,
        CASE WHEN zh THEN zh_name ELSE first_name || ' ' || last_name END AS name,
        CASE WHEN zh THEN 'c' || ${digits(6)} ELSE lower(first_name || '.' || last_name) END || '@' || domain AS email,
        ${pick(MOBILE_PREFIXES)} || ${digits(8)} AS mobile,
        CASE WHEN r_phone < 0.3 THEN '010-' || ${digits(8)} END AS phone
      FROM people
    ),
    ins_contacts AS (
      INSERT INTO "Contact" (id, "customerId", name, title, roles, email, phone, mobile, "preferredChannel",
        "doNotCall", "doNotEmail", "doNotSms", "isPrimary", "searchTokens", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, customer_id, name,
        CASE WHEN zh THEN (${arr(CN_TITLES)})[title_i] ELSE (${arr(EN_TITLES)})[title_i] END,
        CASE WHEN r_role < 0.5 THEN '{}'::text[] WHEN zh THEN ARRAY[(${arr(CN_ROLES)})[role_i]] ELSE ARRAY[(${arr(EN_ROLES)})[role_i]] END,
        email, phone, mobile,
        CASE WHEN r_channel < 0.2 THEN NULL ELSE ${pick(['EMAIL', 'PHONE', 'SMS', 'WECHAT', 'IN_PERSON'])}::"ContactChannel" END,
        random() < 0.05, random() < 0.05, random() < 0.03, k = 1,
        pg_temp.bench_tokens(name, email, phone, mobile),
        created, created + random() * (now() - created)
      FROM contact_rows
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM ins) AS customers, (SELECT count(*)::int FROM ins_contacts) AS contacts`;
}

/** Secondary indexes of a table (not primary keys or constraints), to drop during the bulk load and rebuild after. */
async function secondaryIndexes(client, tables) {
  const { rows } = await client.query(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS def
     FROM pg_index x
     JOIN pg_class i ON i.oid = x.indexrelid
     JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relname = ANY($1) AND t.relnamespace = current_schema()::regnamespace
       AND NOT x.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
     ORDER BY i.relname`,
    [tables],
  );
  return rows;
}

/** The department tree and users; reps copy the admin's password hash so they sign in with its password. */
async function insertPeople(client) {
  const { rows: admins } = await client.query(
    `SELECT u."passwordHash", d.id AS "departmentId", d.path FROM "User" u JOIN "Department" d ON d.id = u."departmentId"
     WHERE u.role = 'ADMIN' ORDER BY u."createdAt" LIMIT 1`,
  );
  if (!admins.length) throw new Error('No admin user with a department: did the server bootstrap run?');
  const admin = admins[0];
  const dept = async (name, parent) => {
    const id = randomUUID();
    const path = `${parent.path}${id}/`;
    await client.query('INSERT INTO "Department" (id, name, "parentId", path, "updatedAt") VALUES ($1, $2, $3, $4, now())', [id, name, parent.id, path]);
    return { id, path };
  };
  const user = (email, name, role, departmentId) =>
    client.query(
      'INSERT INTO "User" (id, email, name, "passwordHash", role, "departmentId", locale, "updatedAt") VALUES ($1, $2, $3, $4, $5::"Role", $6, $7, now())',
      [randomUUID(), email, name, admin.passwordHash, role, departmentId, 'zh-CN'],
    );
  const sales = await dept('销售部 Sales', { id: admin.departmentId, path: admin.path });
  let n = 0;
  for (const [i, region] of REGIONS.entries()) {
    const d = await dept(region, sales);
    await user(`manager${i + 1}@${REP_EMAIL_DOMAIN}`, `${CN_SURNAMES[i]}经理`, 'SALES_MANAGER', d.id);
    for (let j = 0; j < REPS_PER_REGION; j++) {
      n++;
      const name = `${CN_SURNAMES[(n * 5) % CN_SURNAMES.length]}${CN_GIVEN[n % CN_GIVEN.length]}`;
      await user(`rep${String(n).padStart(2, '0')}@${REP_EMAIL_DOMAIN}`, name, 'SALES_REP', d.id);
    }
  }
  return { reps: n, managers: REGIONS.length, departments: REGIONS.length + 1 };
}

/**
 * Fills the (freshly migrated, empty) bench database. Batches and index builds are spread
 * over `connections` sessions, one per CPU core PostgreSQL can use.
 * @param {string} databaseUrl
 * @param {{ customers: number, contactsPer: number, connections?: number, log?: (line: string) => void }} o
 */
export async function generate(databaseUrl, { customers, contactsPer, connections = 2, log = console.log }) {
  const clients = [];
  const started = performance.now();
  const phases = {};
  const phase = async (name, fn) => {
    const t = performance.now();
    const result = await fn();
    phases[name] = Math.round(performance.now() - t) / 1000;
    return result;
  };
  try {
    for (let i = 0; i < Math.max(1, connections); i++) {
      const client = new pg.Client({ connectionString: databaseUrl });
      clients.push(client);
      await client.connect();
      await client.query("SET maintenance_work_mem = '256MB'; SET work_mem = '64MB'; SET synchronous_commit = off");
      await client.query(TOKENS_FUNCTION);
    }
    const [main] = clients;
    const people = await phase('users', () => insertPeople(main));

    // Bulk load without secondary indexes (building them afterwards is several times faster).
    const indexes = await secondaryIndexes(main, ['Customer', 'Contact']);
    for (const ix of indexes) await main.query(`DROP INDEX "${ix.name}"`);

    let inserted = 0;
    let contacts = 0;
    await phase('customers+contacts', () => {
      const sql = customersSql(contactsPer);
      const batches = [];
      for (let from = 1; from <= customers; from += BATCH) batches.push([from, Math.min(customers, from + BATCH - 1)]);
      return inParallel(clients, batches, async (client, [from, to]) => {
        const { rows } = await client.query(sql, [from, to]);
        inserted += to - from + 1;
        contacts += rows[0].contacts;
        log(`  … ${inserted.toLocaleString('en')} / ${customers.toLocaleString('en')} customers, ${contacts.toLocaleString('en')} contacts (${secs(started)})`);
      });
    });
    await phase('indexes', () => inParallel(clients, indexes, (client, ix) => client.query(ix.def)));
    await phase('analyze', () => main.query('VACUUM (ANALYZE) "Customer", "Contact", "User", "Department"'));
    return { ...people, customers, contacts, indexes: indexes.length, seconds: Math.round(performance.now() - started) / 1000, phases };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

/** Runs `work` for every item, each client taking the next item when it is free. */
async function inParallel(clients, items, work) {
  let next = 0;
  await Promise.all(clients.map(async (client) => {
    while (next < items.length) await work(client, items[next++]);
  }));
}

const secs = (since) => `${((performance.now() - since) / 1000).toFixed(1)}s`;
