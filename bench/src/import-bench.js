/**
 * --suite import: builds a CSV of N new customers with Chinese names (default 50,000) and
 * imports it through the API as the admin, one request each: a dry run, the import, an
 * upsert of the same file by email with one changed column, and undo of the upsert batch.
 * Wall time and rows/s of each; the point: 50k rows import in under a minute on PostgreSQL.
 */

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const WORDS = ['星辰', '明德', '华远', '东方', '恒信', '嘉禾', '瑞丰', '海纳'];
const quote = (s) => `"${String(s).replace(/"/g, '""')}"`;

/** The CSV (UTF-8 with BOM, as Excel writes it); `city` differs between the two runs so the upsert updates every row. */
export function customersCsv(rows, city) {
  const lines = ['名称,阶段,行业,电话,邮箱,城市,标签'];
  for (let i = 0; i < rows; i++) {
    lines.push([
      `${SURNAMES[i % SURNAMES.length]}氏${WORDS[i % WORDS.length]}导入公司 ${i}`, i % 2 ? '潜在客户' : '线索', i % 3 ? '制造业' : '软件',
      `139${String(i).padStart(8, '0')}`, `import${i}@bench-import.example`, city, i % 4 ? '导入,华东' : '',
    ].map(quote).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const IMPORT = `mutation($file: String!, $mapping: [ColumnMappingInput!]!, $mode: ImportMode!, $matchKey: ImportMatchKey, $dryRun: Boolean!) {
  importRecords(entity: CUSTOMER, file: $file, fileName: "bench.csv", mapping: $mapping, mode: $mode, matchKey: $matchKey, dryRun: $dryRun) {
    batchId stored created updated unchanged skipped errorCount errors { row field message }
  }
}`;
const MAPPING = [['名称', 'name'], ['阶段', 'lifecycleStage'], ['行业', 'industry'], ['电话', 'phone'], ['邮箱', 'email'], ['城市', 'city'], ['标签', 'tags']]
  .map(([column, field]) => ({ column, field }));

async function gql(url, token, query, variables) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(`import bench: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

async function timed(step, rows, fn, log) {
  const t0 = performance.now();
  const outcome = await fn();
  const seconds = (performance.now() - t0) / 1000;
  log(`  ${step.padEnd(8)} ${rows.toLocaleString('en').padStart(8)} rows in ${seconds.toFixed(1).padStart(6)} s  ${Math.round(rows / seconds).toLocaleString('en').padStart(7)} rows/s  ${JSON.stringify(outcome)}`);
  return { step, rows, seconds, rowsPerSecond: rows / seconds, outcome };
}

/** @param {{ url: string, token: string, rows: number, log: (line?: string) => void }} o */
export async function runImportBench({ url, token, rows, log }) {
  const first = Buffer.from(customersCsv(rows, '上海')).toString('base64');
  const second = Buffer.from(customersCsv(rows, '北京')).toString('base64');
  log(`  file: ${rows.toLocaleString('en')} rows, ${(first.length / 1024 / 1024).toFixed(1)} MiB in base64`);
  const run = (file, mode, dryRun) => gql(url, token, IMPORT, { file, mapping: MAPPING, mode, matchKey: 'EMAIL', dryRun }).then((d) => {
    const r = d.importRecords;
    if (r.errorCount) throw new Error(`import bench: ${r.errorCount} bad rows, e.g. ${JSON.stringify(r.errors.slice(0, 3))}`);
    return r;
  });
  const results = [];
  results.push(await timed('dry run', rows, async () => {
    const r = await run(first, 'INSERT_ONLY', true);
    return { created: r.created, stored: r.stored };
  }, log));
  results.push(await timed('insert', rows, async () => {
    const r = await run(first, 'INSERT_ONLY', false);
    if (r.created !== rows) throw new Error(`import bench: created ${r.created} of ${rows}`);
    return { created: r.created };
  }, log));
  let upsertBatch = null;
  results.push(await timed('upsert', rows, async () => {
    const r = await run(second, 'UPSERT', false);
    upsertBatch = r.batchId;
    return { updated: r.updated, unchanged: r.unchanged };
  }, log));
  results.push(await timed('undo', rows, async () => {
    const d = await gql(url, token, 'mutation($id: ID!) { undoImport(batchId: $id) { updated undoneAt } }', { id: upsertBatch });
    return { restored: d.undoImport.updated };
  }, log));
  return results;
}
