import pg from 'pg';
import { TOKENS_FUNCTION } from './generate.js';

/**
 * Are the generated `searchTokens` what the app itself would store? The bench does not
 * import the server (nothing does), so it asks the app: it creates probe customers and
 * contacts through the GraphQL API, compares the tokens the app stored with the bench's
 * SQL function applied to the same stored fields, and deletes the probes again.
 */

// Full-width Latin (NFKC), upper case, inner spaces, CJK and digits: what normalization is about.
const PROBES = [
  {
    customer: { name: ' 北京星辰 科技有限公司（ＰＲＯＢＥ） ', phone: '+86 010-6212 3456', email: 'Sales.Probe@XingChen.com.cn' },
    contact: { name: '王 秀英', email: 'Wang.XiuYing@XingChen.com.cn', phone: '010 6212 0000', mobile: '138 0013 8000' },
  },
  {
    customer: { name: 'Ｂｌｕｅ River  Probe Systems Ltd.', phone: '+1 (415) 555-0100', email: 'INFO@BlueRiver.example' },
    contact: { name: 'Sophia  Brown', email: 'Sophia.Brown@BlueRiver.example', phone: null, mobile: '+1 415 555 0199' },
  },
];

/** GraphQL input object literal from plain values (JSON strings are valid GraphQL strings). */
const literal = (fields) =>
  `{ ${Object.entries(fields)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ')} }`;

async function mutate(url, token, query) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(`probe mutation failed: ${JSON.stringify(json.errors).slice(0, 300)}`);
  return json.data;
}

/**
 * @param {{ url: string, token: string, databaseUrl: string }} o
 * @returns {Promise<{ checked: number, mismatches: { table: string, stored: string[], bench: string[] }[] }>}
 */
export async function checkSearchTokens({ url, token, databaseUrl }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const created = [];
  const mismatches = [];
  try {
    await client.query(TOKENS_FUNCTION);
    for (const probe of PROBES) {
      const { createCustomer } = await mutate(url, token, `mutation { createCustomer(input: ${literal({ ...probe.customer, allowDuplicate: true })}) { id } }`);
      created.push(createCustomer.id);
      await mutate(url, token, `mutation { createContact(input: ${literal({ ...probe.contact, customerId: createCustomer.id })}) { id } }`);
    }
    const compare = async (table, sql) => {
      for (const row of (await client.query(sql, [created])).rows) {
        const same = row.stored.length === row.bench.length && [...row.stored].sort().join('\u0000') === [...row.bench].sort().join('\u0000');
        if (!same) mismatches.push({ table, stored: row.stored, bench: row.bench });
      }
    };
    await compare('Customer', `SELECT "searchTokens" AS stored, pg_temp.bench_tokens(name, phone, email) AS bench FROM "Customer" WHERE id = ANY($1)`);
    await compare('Contact', `SELECT "searchTokens" AS stored, pg_temp.bench_tokens(name, email, phone, mobile) AS bench FROM "Contact" WHERE "customerId" = ANY($1)`);
    return { checked: created.length * 2, mismatches };
  } finally {
    // The probes must not stay in the measured data set.
    await client.query('DELETE FROM "AuditLog" WHERE "customerId" = ANY($1)', [created]);
    await client.query('DELETE FROM "Contact" WHERE "customerId" = ANY($1)', [created]);
    await client.query('DELETE FROM "Customer" WHERE id = ANY($1)', [created]);
    await client.end();
  }
}
