import pg from 'pg';
import { TOKENS_FUNCTION, REP_EMAIL_DOMAIN } from './generate.js';
import { CN_SURNAMES, CN_GIVEN, EN_FIRST, EN_LAST, MOBILE_PREFIXES, WORDS, TRADES, CITIES } from './words.js';

/**
 * The sales data set (`--suite sales`), on top of the customers generate.js made, all in
 * SQL (INSERT … SELECT generate_series, batches over two connections):
 *
 * - currency rates into the base currency CNY (USD, EUR, HKD); GBP deals have no rate on
 *   purpose (the dashboard counts them as unconverted);
 * - N opportunities over the bench customers, the 20 reps (2% without owner) and the
 *   pipeline stages the server seeds (read from the database, not assumed): ~60% open
 *   (spread over the open stages, fewer in later ones), ~20% won, ~20% lost; amounts
 *   log-normal-ish 5k–5M, 85% CNY / 9% USD / 4% EUR / 1.5% HKD / 0.5% GBP; probability =
 *   the stage's ± a little for open deals; expectedCloseDate over ±12 months for open
 *   deals, around closedAt for closed ones; closedAt within the last 2 years for won/lost;
 *   stageEnteredAt, rank, 1% soft-deleted; searchTokens from the name (as the app does);
 * - M activities: ~75% on opportunities (with their customer), the rest on customers only;
 *   CALL/MEETING have a time span and ActivityAttendee rows (the owner, sometimes a
 *   colleague), as activity.repository.ts syncAttendees() writes them;
 * - L leads: sources, statuses (20% converted, with convertedAt and convertedCustomerId),
 *   searchTokens(name, company, email, phone) as lead.fields.ts.
 */

const BATCH = 20_000;
const PRODUCTS = ['CRM 系统', 'ERP 升级', '数据平台', '云服务器', '安全审计', '年度维保', '智能客服', '供应链系统', 'Cloud migration', 'Analytics suite', 'Support renewal', 'Hardware refresh'];
const COMPETITORS = ['Salesforce', '纷享销客', '销售易', 'HubSpot', 'Zoho', '用友', '金蝶'];
const SOURCES = ['WEB_FORM', 'IMPORT', 'CAMPAIGN', 'REFERRAL', 'EVENT', 'API', 'OTHER'];
const LEAD_COMPANY_SUFFIX = ['有限公司', '集团', '股份有限公司', ' Ltd', ' Inc'];
export const RATES = { USD: '7.10000000', EUR: '7.75000000', HKD: '0.91000000' };

const arr = (items) => `ARRAY[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(',')}]::text[]`;
const pick = (items, r = 'random()') => `(${arr(items)})[1 + floor(${r} * ${items.length})::int]`;
const digits = (n) => `lpad(floor(random() * 1e${n})::bigint::text, ${n}, '0')`;

/** Per-session helpers: customers and reps by number, the stages in order. */
const HELPERS = `
CREATE TEMP TABLE bench_c AS SELECT (row_number() OVER (ORDER BY id))::int AS n, id, name, "ownerId" FROM "Customer" WHERE "deletedAt" IS NULL;
CREATE UNIQUE INDEX ON bench_c (n);
ANALYZE bench_c;
CREATE TEMP TABLE bench_r AS SELECT (row_number() OVER (ORDER BY email))::int AS n, id FROM "User" WHERE role = 'SALES_REP' AND email LIKE '%@${REP_EMAIL_DOMAIN}';
CREATE TEMP TABLE bench_s AS SELECT (row_number() OVER (ORDER BY position, id))::int AS n, id, kind::text AS kind, probability FROM "PipelineStage" WHERE active;
`;

/** One batch of opportunities [from, to] ($1, $2), and their activities ($3 per deal on average) with attendees. */
function opportunitiesSql() {
  return `
WITH k AS (SELECT (SELECT count(*) FROM bench_c)::int AS nc, (SELECT count(*) FROM bench_r)::int AS nr,
    (SELECT array_agg(n ORDER BY n) FROM bench_s WHERE kind = 'OPEN') AS open_n,
    (SELECT min(n) FROM bench_s WHERE kind = 'WON') AS won_n, (SELECT min(n) FROM bench_s WHERE kind = 'LOST') AS lost_n),
r AS (
  SELECT g, random() AS r_stage, random() AS r_open, random() AS r_cur, random() AS r_amt, random() AS r_owner, random() AS r_cycle,
    1 + floor(random() * k.nc)::int AS cn, 1 + floor(random() * k.nr)::int AS rn,
    now() - random() * interval '730 days' AS created, k.*
  FROM generate_series($1::int, $2::int) AS g CROSS JOIN k
),
staged AS (
  SELECT r.*,
    -- won is likelier for low rep numbers: win rates differ by owner
    CASE WHEN r_stage < 0.60 THEN open_n[1 + least(floor(power(r_open, 1.3) * array_length(open_n, 1))::int, array_length(open_n, 1) - 1)]
         WHEN r_stage < 0.60 + 0.40 * (0.35 + 0.3 * (rn::float / nr)) THEN lost_n ELSE won_n END AS sn
  FROM r
),
shaped AS (
  SELECT staged.*, s.id AS stage_id, s.kind, s.probability AS stage_probability, c.id AS customer_id, c.name AS customer_name, rep.id AS rep_id,
    CASE WHEN s.kind = 'OPEN' THEN NULL ELSE least(now() - interval '1 hour', created + (5 + power(r_cycle, 2) * 240) * interval '1 day') END AS closed
  FROM staged
  JOIN bench_s s ON s.n = sn
  JOIN bench_c c ON c.n = cn
  JOIN bench_r rep ON rep.n = rn
),
named AS (
  SELECT shaped.*, left(customer_name, 20) || ' ' || ${pick(PRODUCTS)} || CASE WHEN random() < 0.3 THEN ' 二期' ELSE '' END AS name
  FROM shaped
),
ins AS (
  INSERT INTO "Opportunity" (id, name, "customerId", "ownerId", "stageId", amount, currency, probability, "expectedCloseDate",
    competitors, source, "closedAt", "stageEnteredAt", rank, "searchTokens", "deletedAt", "createdAt", "updatedAt", version, "lostReason")
  SELECT gen_random_uuid()::text, name, customer_id,
    CASE WHEN r_owner < 0.02 THEN NULL ELSE rep_id END,
    stage_id,
    round((5000 * power(1000, power(r_amt, 1.6)))::numeric, -2),
    CASE WHEN r_cur < 0.85 THEN 'CNY' WHEN r_cur < 0.94 THEN 'USD' WHEN r_cur < 0.98 THEN 'EUR' WHEN r_cur < 0.995 THEN 'HKD' ELSE 'GBP' END,
    CASE WHEN kind = 'OPEN' THEN greatest(0, least(100, stage_probability + (floor(random() * 3) - 1)::int * 5)) ELSE stage_probability END,
    CASE WHEN kind = 'OPEN' THEN current_date + (floor(random() * 731) - 365)::int ELSE closed::date + (floor(random() * 31) - 15)::int END,
    CASE WHEN random() < 0.3 THEN ARRAY[${pick(COMPETITORS)}] ELSE '{}'::text[] END,
    ${pick(SOURCES)},
    closed,
    created + random() * (coalesce(closed, now()) - created),
    g + random(),
    pg_temp.bench_tokens(name),
    CASE WHEN random() < 0.01 THEN now() - random() * interval '90 days' END,
    created, greatest(created, coalesce(closed, created + random() * (now() - created))), 1 + floor(random() * 4)::int,
    CASE WHEN kind = 'LOST' THEN ${pick(['价格 Price', '竞品 Competitor', '无预算 No budget', '时机 Timing'])} END
  FROM named
  RETURNING id, "customerId", "ownerId", "createdAt", "deletedAt"
),
acts AS (
  SELECT ins.id AS opp_id, ins."customerId" AS customer_id, coalesce(ins."ownerId", (SELECT id FROM bench_r LIMIT 1)) AS owner_id,
    ins."createdAt" AS opp_created, a, random() AS r_kind, random() AS r_time, random() AS r_more, random() AS r_done
  FROM ins CROSS JOIN LATERAL generate_series(1, floor(random() * (2 * $3::float8 + 1))::int) AS a
),
act_rows AS (
  SELECT acts.*, gen_random_uuid()::text AS id,
    (CASE WHEN r_kind < 0.30 THEN 'CALL' WHEN r_kind < 0.50 THEN 'MEETING' WHEN r_kind < 0.80 THEN 'TASK' ELSE 'EMAIL' END) AS kind,
    opp_created + r_time * (now() + interval '30 days' - opp_created) AS at
  FROM acts
),
ins_act AS (
  INSERT INTO "Activity" (id, kind, subject, "startAt", "endAt", "dueAt", done, "completedAt", "ownerId", "customerId", "opportunityId",
    "createdAt", "updatedAt", version)
  SELECT id, kind::"ActivityKind",
    CASE kind WHEN 'CALL' THEN '电话跟进 Call' WHEN 'MEETING' THEN '拜访客户 Visit' WHEN 'TASK' THEN '准备报价 Quote' ELSE '发送资料 Email' END,
    CASE WHEN kind IN ('CALL', 'MEETING') THEN at END,
    CASE WHEN kind = 'CALL' THEN at + interval '15 minutes' WHEN kind = 'MEETING' THEN at + interval '1 hour' END,
    CASE WHEN kind = 'TASK' THEN at END,
    at < now() AND r_done < 0.9, CASE WHEN at < now() AND r_done < 0.9 THEN at END,
    owner_id, customer_id, opp_id, least(at, now()), least(at, now()), 1
  FROM act_rows
  RETURNING id, kind, "ownerId", "startAt", "endAt"
),
ins_att AS (
  INSERT INTO "ActivityAttendee" ("activityId", "userId", "startAt", "endAt")
  SELECT i.id, u.user_id, i."startAt", i."endAt"
  FROM ins_act i
  CROSS JOIN LATERAL (
    SELECT i."ownerId" AS user_id
    UNION SELECT r.id FROM bench_r r WHERE random() < 0.015 AND i.id IS NOT NULL
  ) u
  WHERE i.kind IN ('CALL', 'MEETING')
  RETURNING 1
)
SELECT (SELECT count(*) FROM ins)::int AS opportunities, (SELECT count(*) FROM ins_act)::int AS activities, (SELECT count(*) FROM ins_att)::int AS attendees`;
}

/** Activities on customers only (no deal): [from, to]. */
const customerActivitiesSql = `
WITH k AS (SELECT (SELECT count(*) FROM bench_c)::int AS nc, (SELECT count(*) FROM bench_r)::int AS nr),
r AS (
  SELECT g, gen_random_uuid()::text AS id, 1 + floor(random() * k.nc)::int AS cn, 1 + floor(random() * k.nr)::int AS rn, random() AS r_kind,
    now() + interval '30 days' - random() * interval '760 days' AS at, random() AS r_done
  FROM generate_series($1::int, $2::int) AS g CROSS JOIN k
),
rows AS (
  SELECT r.*, c.id AS customer_id, coalesce(c."ownerId", rep.id) AS owner_id,
    (CASE WHEN r_kind < 0.30 THEN 'CALL' WHEN r_kind < 0.50 THEN 'MEETING' WHEN r_kind < 0.80 THEN 'TASK' ELSE 'EMAIL' END) AS kind
  FROM r JOIN bench_c c ON c.n = cn JOIN bench_r rep ON rep.n = rn
),
ins_act AS (
  INSERT INTO "Activity" (id, kind, subject, "startAt", "endAt", "dueAt", done, "completedAt", "ownerId", "customerId", "createdAt", "updatedAt", version)
  SELECT id, kind::"ActivityKind",
    CASE kind WHEN 'CALL' THEN '回访 Follow-up call' WHEN 'MEETING' THEN '客户拜访 Customer visit' WHEN 'TASK' THEN '续约提醒 Renewal' ELSE '节日问候 Greetings' END,
    CASE WHEN kind IN ('CALL', 'MEETING') THEN at END,
    CASE WHEN kind = 'CALL' THEN at + interval '15 minutes' WHEN kind = 'MEETING' THEN at + interval '1 hour' END,
    CASE WHEN kind = 'TASK' THEN at END,
    at < now() AND r_done < 0.9, CASE WHEN at < now() AND r_done < 0.9 THEN at END,
    owner_id, customer_id, least(at, now()), least(at, now()), 1
  FROM rows
  RETURNING id, kind, "ownerId", "startAt", "endAt"
),
ins_att AS (
  INSERT INTO "ActivityAttendee" ("activityId", "userId", "startAt", "endAt")
  SELECT id, "ownerId", "startAt", "endAt" FROM ins_act WHERE kind IN ('CALL', 'MEETING')
  RETURNING 1
)
SELECT (SELECT count(*) FROM ins_act)::int AS activities, (SELECT count(*) FROM ins_att)::int AS attendees`;

/** Leads [from, to]. */
const leadsSql = `
WITH k AS (SELECT (SELECT count(*) FROM bench_c)::int AS nc, (SELECT count(*) FROM bench_r)::int AS nr),
r AS (
  SELECT g, random() < 0.7 AS zh, random() AS r_status, random() AS r_owner, random() AS r_src, random() AS r_mail,
    1 + floor(random() * k.nc)::int AS cn, 1 + floor(random() * k.nr)::int AS rn,
    now() - random() * interval '730 days' AS created,
    ${pick(CN_SURNAMES)} || ${pick(CN_GIVEN)} AS zh_name, ${pick(EN_FIRST)} AS first_name, ${pick(EN_LAST)} AS last_name,
    ${pick(CITIES)} || ${pick(WORDS)} || ${pick(TRADES)} AS zh_company
  FROM generate_series($1::int, $2::int) AS g CROSS JOIN k
),
named AS (
  SELECT r.*,
    CASE WHEN zh THEN zh_name ELSE first_name || ' ' || last_name END AS name,
    CASE WHEN zh THEN zh_company || ${pick(LEAD_COMPANY_SUFFIX.slice(0, 3))} ELSE last_name || ${pick(LEAD_COMPANY_SUFFIX.slice(3))} END AS company,
    CASE WHEN r_mail < 0.15 THEN NULL WHEN zh THEN 'lead' || g || '@qq.com' ELSE lower(first_name || '.' || last_name) || g || '@example.com' END AS email,
    CASE WHEN r_mail > 0.9 THEN NULL ELSE ${pick(MOBILE_PREFIXES)} || ${digits(8)} END AS phone,
    (CASE WHEN r_status < 0.25 THEN 'NEW' WHEN r_status < 0.50 THEN 'WORKING' WHEN r_status < 0.65 THEN 'QUALIFIED' WHEN r_status < 0.80 THEN 'DISQUALIFIED' ELSE 'CONVERTED' END) AS status
  FROM r
),
ins AS (
  INSERT INTO "Lead" (id, name, company, email, phone, source, status, "disqualifyReason", "ownerId", "convertedAt", "convertedCustomerId",
    "searchTokens", "deletedAt", "createdAt", "updatedAt", version)
  SELECT gen_random_uuid()::text, named.name, company, email, phone,
    (CASE WHEN r_src < 0.30 THEN 'WEB_FORM' WHEN r_src < 0.45 THEN 'IMPORT' WHEN r_src < 0.60 THEN 'CAMPAIGN' WHEN r_src < 0.75 THEN 'REFERRAL'
          WHEN r_src < 0.88 THEN 'EVENT' WHEN r_src < 0.95 THEN 'API' ELSE 'OTHER' END)::"LeadSource",
    status::"LeadStatus",
    CASE WHEN status = 'DISQUALIFIED' THEN ${pick(['无需求 No need', '无预算 No budget', '联系不上 Unreachable'])} END,
    CASE WHEN r_owner < 0.10 AND status IN ('NEW', 'DISQUALIFIED') THEN NULL ELSE rep.id END,
    CASE WHEN status = 'CONVERTED' THEN created + random() * (now() - created) END,
    CASE WHEN status = 'CONVERTED' THEN c.id END,
    pg_temp.bench_tokens(named.name, company, email, phone),
    CASE WHEN random() < 0.01 THEN now() - random() * interval '90 days' END,
    created, created + random() * (now() - created), 1
  FROM named JOIN bench_c c ON c.n = cn JOIN bench_r rep ON rep.n = rn
  RETURNING 1
)
SELECT count(*)::int AS leads FROM ins`;

const TABLES = ['Opportunity', 'Activity', 'ActivityAttendee', 'Lead'];

/**
 * Adds the sales data to a database generate.js filled.
 * @param {string} databaseUrl
 * @param {{ opportunities: number, activities: number, leads: number, connections?: number, log?: (line: string) => void }} o
 */
export async function generateSales(databaseUrl, { opportunities, activities, leads, connections = 2, log = console.log }) {
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
      await client.query(HELPERS);
    }
    const [main] = clients;
    const { rows: stages } = await main.query('SELECT n, kind, probability FROM bench_s ORDER BY n');
    if (!stages.some((s) => s.kind === 'WON') || !stages.some((s) => s.kind === 'LOST') || !stages.some((s) => s.kind === 'OPEN')) {
      throw new Error(`The pipeline needs open, won and lost stages; found ${JSON.stringify(stages)}`);
    }
    for (const [currency, rate] of Object.entries(RATES)) {
      await main.query(`INSERT INTO "CurrencyRate" (currency, rate, "updatedAt") VALUES ($1, $2, now()) ON CONFLICT (currency) DO UPDATE SET rate = $2`, [currency, rate]);
    }

    const indexes = await secondaryIndexes(main, TABLES);
    for (const ix of indexes) await main.query(`DROP INDEX "${ix.name}"`);

    const counts = { opportunities: 0, activities: 0, attendees: 0, leads: 0 };
    const oppShare = 0.75;
    const perOpp = opportunities ? (activities * oppShare) / opportunities : 0;
    const batches = (total, size = BATCH) => {
      const out = [];
      for (let from = 1; from <= total; from += size) out.push([from, Math.min(total, from + size - 1)]);
      return out;
    };
    await phase('opportunities+activities', () => inParallel(clients, batches(opportunities), async (client, [from, to]) => {
      const { rows: [r] } = await client.query(opportunitiesSql(), [from, to, perOpp]);
      counts.opportunities += r.opportunities;
      counts.activities += r.activities;
      counts.attendees += r.attendees;
      if (counts.opportunities % 200_000 < BATCH || to === opportunities) {
        log(`  … ${counts.opportunities.toLocaleString('en')} / ${opportunities.toLocaleString('en')} opportunities, ${counts.activities.toLocaleString('en')} activities (${secs(started)})`);
      }
    }));
    const rest = Math.max(0, activities - counts.activities);
    await phase('customer activities', () => inParallel(clients, batches(rest, 50_000), async (client, [from, to]) => {
      const { rows: [r] } = await client.query(customerActivitiesSql, [from, to]);
      counts.activities += r.activities;
      counts.attendees += r.attendees;
    }));
    log(`  … ${counts.activities.toLocaleString('en')} activities, ${counts.attendees.toLocaleString('en')} attendee rows (${secs(started)})`);
    await phase('leads', () => inParallel(clients, batches(leads, 50_000), async (client, [from, to]) => {
      const { rows: [r] } = await client.query(leadsSql, [from, to]);
      counts.leads += r.leads;
    }));
    log(`  … ${counts.leads.toLocaleString('en')} leads (${secs(started)}); rebuilding ${indexes.length} indexes`);
    // Largest first, so the two sessions finish together.
    const bySize = [...indexes].sort((a, b) => TABLES.indexOf(a.table) - TABLES.indexOf(b.table));
    await phase('indexes', () => inParallel(clients, bySize, (client, ix) => client.query(ix.def)));
    await phase('analyze', () => main.query(`VACUUM (ANALYZE) ${TABLES.map((t) => `"${t}"`).join(', ')}, "CurrencyRate", "PipelineStage"`));
    return { ...counts, stages: stages.length, indexes: indexes.length, seconds: Math.round(performance.now() - started) / 1000, phases };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

async function secondaryIndexes(client, tables) {
  const { rows } = await client.query(
    `SELECT i.relname AS name, t.relname AS table, pg_get_indexdef(x.indexrelid) AS def
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

async function inParallel(clients, items, work) {
  let next = 0;
  await Promise.all(clients.map(async (client) => {
    while (next < items.length) await work(client, items[next++]);
  }));
}

const secs = (since) => `${((performance.now() - since) / 1000).toFixed(1)}s`;
