import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { chooseEncoding, IMMUTABLE, REVALIDATE } from '../static-assets.ts';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** As sent: still compressed when Content-Encoding says so. */
  body: Buffer;
}

/** A request with exactly these headers: fetch would add its own Accept-Encoding and decode the body. */
function request(url: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decode(res: RawResponse): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(res.body).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(res.body).toString();
  return res.body.toString();
}

const CHROME = 'gzip, deflate, br, zstd';
const APP_JS = `console.log(${JSON.stringify('全景 Panorama '.repeat(200))});\n`;
const PLAIN_CSS = `body { margin: 0; }\n${'.row { padding: 4px; }\n'.repeat(50)}`;
const INDEX_HTML = `<!doctype html><html><head><title>Panorama CRM</title></head><body><div id="root"></div>${'<!-- padding -->'.repeat(40)}</body></html>`;

/**
 * A build like apps/web/dist: a hashed script with both precompressed variants, a hashed
 * stylesheet with only gzip beside it, another with none, index.html with both, favicon.svg.
 */
function writeDist(): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'panorama-web-')), 'dist');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  const write = (name: string, text: string, variants: ('br' | 'gz')[]) => {
    fs.writeFileSync(path.join(dir, name), text);
    if (variants.includes('br')) fs.writeFileSync(path.join(dir, `${name}.br`), zlib.brotliCompressSync(text));
    if (variants.includes('gz')) fs.writeFileSync(path.join(dir, `${name}.gz`), zlib.gzipSync(text));
  };
  write('index.html', INDEX_HTML, ['br', 'gz']);
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', []);
  write('assets/app-4f9a2c.js', APP_JS, ['br', 'gz']);
  write('assets/table-77d1e0.css', PLAIN_CSS, ['gz']);
  write('assets/print-0a1b2c.css', PLAIN_CSS, []);
  return dir;
}

describe('the web app over HTTP: precompressed files, caching, the SPA fallback, compressed API answers', () => {
  let server: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = writeDist();
    server = await startTestServer({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(path.dirname(dist), { recursive: true, force: true });
  });

  it('sends a hashed script as brotli, gzip or as it is, whichever the browser accepts, cached as immutable', async () => {
    const br = await request(`${server.url}/assets/app-4f9a2c.js`, { headers: { 'accept-encoding': CHROME } });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toBe(IMMUTABLE);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 4);
    expect(decode(br)).toBe(APP_JS);

    const gzip = await request(`${server.url}/assets/app-4f9a2c.js`, { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe(IMMUTABLE);
    expect(decode(gzip)).toBe(APP_JS);

    const plain = await request(`${server.url}/assets/app-4f9a2c.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(APP_JS);
  });

  it('honours q-values: a refused encoding is never sent, a preferred one wins', async () => {
    const noBrotli = await request(`${server.url}/assets/app-4f9a2c.js`, { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
    const gzipFirst = await request(`${server.url}/assets/app-4f9a2c.js`, { headers: { 'accept-encoding': 'br;q=0.2, gzip;q=0.9' } });
    expect(gzipFirst.headers['content-encoding']).toBe('gzip');
    const identity = await request(`${server.url}/assets/app-4f9a2c.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(APP_JS);
  });

  it('falls back to what exists when a precompressed variant is missing', async () => {
    const onlyGzip = await request(`${server.url}/assets/table-77d1e0.css`, { headers: { 'accept-encoding': CHROME } });
    expect(onlyGzip.headers['content-encoding']).toBe('gzip');
    expect(onlyGzip.headers['content-type']).toMatch(/^text\/css/);
    expect(decode(onlyGzip)).toBe(PLAIN_CSS);

    const none = await request(`${server.url}/assets/print-0a1b2c.css`, { headers: { 'accept-encoding': CHROME } });
    expect(none.status).toBe(200);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.headers['content-type']).toMatch(/^text\/css/);
    expect(none.headers['cache-control']).toBe(IMMUTABLE);
    expect(none.body.toString()).toBe(PLAIN_CSS);

    // the variants are not pages of their own
    expect((await request(`${server.url}/assets/app-4f9a2c.js.br`)).status).toBe(404);
  });

  it('revalidates index.html, also as the answer to a client-side route, and compresses it', async () => {
    for (const url of ['/', '/index.html', '/customers', '/customers/0b6a7f9e-1c2d-4e5f-8a9b-0c1d2e3f4a5b?tab=contacts', '/admin/roles/new']) {
      const res = await request(server.url + url, { headers: { 'accept-encoding': CHROME } });
      expect({ url, status: res.status, cache: res.headers['cache-control'], encoding: res.headers['content-encoding'] }).toEqual({
        url, status: 200, cache: REVALIDATE, encoding: 'br',
      });
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(decode(res)).toBe(INDEX_HTML);
    }
    const plain = await request(`${server.url}/customers`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(INDEX_HTML);
  });

  it('answers a conditional request with 304 and a HEAD without a body', async () => {
    const first = await request(`${server.url}/customers`, { headers: { 'accept-encoding': CHROME } });
    expect(first.headers.etag).toBeTruthy();
    const again = await request(`${server.url}/customers`, { headers: { 'accept-encoding': CHROME, 'if-none-match': first.headers.etag! } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    const head = await request(`${server.url}/assets/app-4f9a2c.js`, { method: 'HEAD', headers: { 'accept-encoding': CHROME } });
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
  });

  it('serves a file built after start-up, and nothing outside the build', async () => {
    const late = 'console.log("late");\n'.repeat(40);
    fs.writeFileSync(path.join(dist, 'assets/late-9e8d7c.js'), late);
    fs.writeFileSync(path.join(dist, 'assets/late-9e8d7c.js.gz'), zlib.gzipSync(late));
    const res = await request(`${server.url}/assets/late-9e8d7c.js`, { headers: { 'accept-encoding': CHROME } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(decode(res)).toBe(late);

    fs.writeFileSync(path.join(path.dirname(dist), 'secret.txt'), 'not for the web'); // beside the build
    for (const url of ['/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/secret.txt', '/%2e%2e/secret.txt', '/assets/.hidden.js']) {
      const probe = await request(server.url + url);
      expect(decode(probe)).not.toContain('not for the web');
    }
  });

  it('keeps a missing asset a 404 and unhashed files on a short cache', async () => {
    const missing = await request(`${server.url}/assets/app-000000.js`, { headers: { 'accept-encoding': CHROME } });
    expect(missing.status).toBe(404);
    expect(decode(missing)).not.toContain('<div id="root">'); // not the app's page passed off as a script
    const favicon = await request(`${server.url}/favicon.svg`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(favicon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('compresses large GraphQL answers on the fly, leaves small ones and the health endpoints alone', async () => {
    const { token } = await server.signIn('ADMIN');
    const big = JSON.stringify({ query: '{ __schema { types { name description fields { name description } } } }' });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const br = await request(`${server.url}/graphql`, { method: 'POST', headers: { ...headers, 'accept-encoding': CHROME }, body: big });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decode(br)).data.__schema.types.length).toBeGreaterThan(50);
    const gzip = await request(`${server.url}/graphql`, { method: 'POST', headers: { ...headers, 'accept-encoding': 'gzip' }, body: big });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decode(gzip)).toBe(decode(br));
    const plain = await request(`${server.url}/graphql`, { method: 'POST', headers, body: big });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(decode(br));

    const small = await request(`${server.url}/graphql`, { method: 'POST', headers: { ...headers, 'accept-encoding': CHROME }, body: JSON.stringify({ query: '{ me { user { id } } }' }) });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString()).data.me.user.id).toBeTruthy();

    for (const url of ['/healthz', '/readyz']) {
      const res = await request(server.url + url, { headers: { 'accept-encoding': CHROME } });
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect(JSON.parse(decode(res)).status).toMatch(/ok|ready/);
    }
    const metrics = await request(`${server.url}/metrics`, { headers: { 'accept-encoding': CHROME } });
    expect(metrics.status).toBe(200);
    expect(decode(metrics)).toMatch(/panorama_/);
  });
});

describe('chooseEncoding', () => {
  const both = new Set(['br', 'gzip'] as const);
  const gzipOnly = new Set(['gzip'] as const);
  it.each([
    [undefined, both, null],
    ['', both, null],
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip, deflate, br', gzipOnly, 'gzip'],
    ['deflate, zstd', both, null],
    ['identity', both, null],
    ['*', both, 'br'],
    ['*;q=0.5, br;q=0', both, 'gzip'],
    ['BR;Q=0.9, GZIP;q=1', both, 'gzip'],
    ['br;q=1, gzip;q=1', both, 'br'],
    ['x-gzip', both, 'gzip'],
    ['br;q=0, gzip;q=0', both, null],
    ['br;q=abc', both, null],
  ])('Accept-Encoding %p with %p → %p', (header, available, expected) => {
    expect(chooseEncoding(header, available as ReadonlySet<'br' | 'gzip'>)).toBe(expected);
  });
});
