import fs from 'node:fs';

/**
 * --suite export: downloads GET /export/customers as CSV and as XLSX, one at a time, reading the
 * body as it arrives (as a browser would), and samples the server's resident memory from
 * /proc/<pid>/status while it runs. The point: 100k rows must stream, not be built in memory.
 */

const SAMPLE_MS = 50;

/** The server process's resident set size in MiB (VmRSS), or NaN off Linux. */
function rssMiB(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** One download: wall time, time to the first byte, bytes, rows (CSV: lines after the header), peak RSS. */
async function download({ url, pid, token, list, format }) {
  const before = rssMiB(pid);
  let peak = before;
  const sampler = setInterval(() => {
    const now = rssMiB(pid);
    if (now > peak) peak = now;
  }, SAMPLE_MS);
  const t0 = performance.now();
  try {
    const res = await fetch(`${url}/export/${list}?format=${format}&locale=zh-CN`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`export ${list} ${format}: HTTP ${res.status} ${await res.text()}`);
    const total = Number(res.headers.get('x-total-count'));
    const firstByteMs = performance.now() - t0;
    let bytes = 0;
    let newlines = 0;
    for await (const chunk of res.body) {
      bytes += chunk.length;
      if (format === 'csv') for (const b of chunk) if (b === 10) newlines++;
    }
    const seconds = (performance.now() - t0) / 1000;
    const rows = format === 'csv' ? newlines - 1 : total; // CSV: every record ends in CRLF; names in the bench hold no line breaks
    return { list, format, total, rows, bytes, seconds, rowsPerSecond: total / seconds, firstByteMs, rssBeforeMiB: before, rssPeakMiB: peak };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * @param {{ server: { url: string, pid: number }, options: { only: string[] }, tokens: Record<string, string>, log: (line?: string) => void }} o
 */
export async function runExportBench({ server, options, tokens, log }) {
  const results = [];
  for (const [who, token] of Object.entries(tokens)) {
    for (const format of options.only) {
      const r = await download({ url: server.url, pid: server.pid, token, list: 'customers', format });
      if (format === 'csv' && r.rows !== r.total) throw new Error(`CSV held ${r.rows} rows, X-Total-Count said ${r.total}`);
      results.push({ who, ...r });
      log(`  ${who.padEnd(8)} ${format.padEnd(4)} ${r.total.toLocaleString('en').padStart(8)} rows in ${r.seconds.toFixed(1).padStart(6)} s ` +
        `(${Math.round(r.rowsPerSecond).toLocaleString('en').padStart(6)} rows/s, first byte ${r.firstByteMs.toFixed(0)} ms, ` +
        `${(r.bytes / 1048576).toFixed(1)} MiB)  server RSS ${r.rssBeforeMiB.toFixed(0)} → peak ${r.rssPeakMiB.toFixed(0)} MiB (+${(r.rssPeakMiB - r.rssBeforeMiB).toFixed(0)})`);
    }
  }
  return results;
}
