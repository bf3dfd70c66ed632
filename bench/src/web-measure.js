/* global window, document -- page.evaluate and waitForFunction callbacks run in the page */
import zlib from 'node:zlib';

/** The slow link: 1.6 Mbps down, 750 Kbps up, 150 ms latency; throughputs in bytes per second. */
export const THROTTLED = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/**
 * Registered before any page script: keeps the latest largest-contentful-paint entry and
 * describes its element, so a table can say what the LCP was.
 */
export const LCP_OBSERVER = `(() => {
  window.__lcp = null;
  const describe = (el) => {
    if (!el) return '(removed)';
    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 24);
    return el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') + (text ? ' "' + text + '"' : '');
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp = { time: e.startTime, size: e.size, element: describe(e.element) };
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
})();`;

/**
 * @typedef {object} LoadResult
 * @property {number} lcp        ms after navigation start
 * @property {string} lcpElement
 * @property {number} fcp        ms
 * @property {number} ready      ms until the page's own content (`ready` selector) was in the DOM
 * @property {number} bytes      on the wire (headers + body as sent, i.e. compressed when it was)
 * @property {number} graphqlBytes
 * @property {number} requests   that went to the network (a 304 counts, a cache hit does not)
 * @property {number} cached     served from the browser's cache
 * @property {{ url: string, type: string, encoding: string }[]} assets  scripts and stylesheets fetched over the network
 */

/**
 * Watches one page's network through its own DevTools session and, when asked, throttles it.
 * `load(navigate)` runs one navigation (goto or reload) and measures it.
 * @param {import('playwright-core').Page} page
 * @param {{ throttle: boolean, ready: string, settleMs: number, timeoutMs: number }} o
 */
export async function watchPage(page, { throttle, ready, settleMs, timeoutMs }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) await cdp.send('Network.emulateNetworkConditions', THROTTLED);
  /** @type {Map<string, { url: string, type: string, bytes: number, cached: boolean, encoding: string }>} */
  let requests = new Map();
  const of = (id) => requests.get(id);
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!e.request.url.startsWith('data:')) requests.set(e.requestId, { url: e.request.url, type: e.type ?? '', bytes: 0, cached: false, encoding: '' });
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const r = of(e.requestId);
    if (r) r.cached = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = of(e.requestId);
    if (!r) return;
    if (e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker) r.cached = true;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.encoding = headers['content-encoding'] ?? '';
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = of(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });

  return {
    /** @param {() => Promise<unknown>} navigate @returns {Promise<LoadResult>} */
    async load(navigate) {
      requests = new Map();
      await navigate();
      await page.waitForFunction(
        (selector) => {
          const found = document.querySelector(selector) !== null;
          if (found && !window.__ready) window.__ready = performance.now();
          return found;
        },
        ready,
        { polling: 'raf', timeout: timeoutMs },
      );
      // Later paints (a second query's rows, a chart) can still become the LCP: let the network go quiet.
      await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
      await page.waitForTimeout(settleMs);
      // The LCP entry is queued after the paint; give a late one a moment rather than report none.
      await page.waitForFunction(() => window.__lcp !== null, null, { timeout: 5_000 }).catch(() => {});
      const timings = await page.evaluate(() => ({
        lcp: window.__lcp,
        ready: window.__ready,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      const all = [...requests.values()];
      const network = all.filter((r) => !r.cached);
      return {
        lcp: timings.lcp?.time ?? NaN,
        lcpElement: timings.lcp?.element ?? '-',
        fcp: timings.fcp,
        ready: timings.ready ?? NaN,
        bytes: network.reduce((s, r) => s + r.bytes, 0),
        graphqlBytes: network.filter((r) => new URL(r.url).pathname.startsWith('/graphql')).reduce((s, r) => s + r.bytes, 0),
        requests: network.length,
        cached: all.length - network.length,
        assets: network.filter((r) => r.type === 'Script' || r.type === 'Stylesheet').map(({ url, type, encoding }) => ({ url, type, encoding })),
      };
    },
  };
}

/**
 * What the scripts and stylesheets of a cold load weigh: fetched again uncompressed and
 * gzipped here (level 9), so the number does not depend on what the server sends. Also tells
 * whether the charting library (recharts) is among them.
 * @param {{ url: string }[]} assets
 */
export async function weighAssets(assets) {
  let raw = 0;
  let gzip = 0;
  let charts = false;
  for (const { url } of assets) {
    const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await res.arrayBuffer());
    raw += body.length;
    gzip += zlib.gzipSync(body, { level: 9 }).length;
    if (body.includes('recharts-')) charts = true;
  }
  return { files: assets.length, raw, gzip, charts };
}
