import pg from 'pg';

/**
 * Creating, dropping and marking the bench database. "Generated and complete" is
 * recorded as a COMMENT ON DATABASE, so the bench adds nothing to the app's schema.
 */

/** @param {string} databaseUrl */
export function databaseName(databaseUrl) {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
}

/** A connection to the server's maintenance database `postgres`, for CREATE/DROP DATABASE. */
async function withAdmin(databaseUrl, fn) {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name) => `"${name.replaceAll('"', '""')}"`;
const literal = (text) => `'${text.replaceAll("'", "''")}'`;

/** @returns {Promise<boolean>} */
export async function databaseExists(databaseUrl) {
  return withAdmin(databaseUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(databaseUrl)])).rowCount > 0);
}

export async function dropDatabase(databaseUrl) {
  const name = databaseName(databaseUrl);
  await withAdmin(databaseUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}

export async function createDatabase(databaseUrl) {
  const name = databaseName(databaseUrl);
  await withAdmin(databaseUrl, (c) => c.query(`CREATE DATABASE ${ident(name)} ENCODING 'UTF8' TEMPLATE template0`));
}

/**
 * What a previous run generated, or null when the database was never completed.
 * @returns {Promise<{customers: number, contactsPer: number, generatedAt: string} | null>}
 */
export async function readMarker(databaseUrl) {
  return withAdmin(databaseUrl, async (c) => {
    const { rows } = await c.query(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [databaseName(databaseUrl)],
    );
    try {
      const marker = JSON.parse(rows[0]?.comment ?? 'null');
      return marker?.panoramaBench ? marker.panoramaBench : null;
    } catch {
      return null;
    }
  });
}

export async function writeMarker(databaseUrl, marker) {
  const name = databaseName(databaseUrl);
  await withAdmin(databaseUrl, (c) => c.query(`COMMENT ON DATABASE ${ident(name)} IS ${literal(JSON.stringify({ panoramaBench: marker }))}`));
}
