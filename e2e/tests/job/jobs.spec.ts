import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ADMIN } from '../../fixtures/auth.ts';

/**
 * The background jobs screen: an admin sees a failed job with its error, retries it, and the
 * server's runner runs it. A failed job cannot be made through the API (no operation enqueues
 * arbitrary work), so this spec starts its own server on a fresh PostgreSQL database
 * (E2E_PG_URL, default the local server) and writes the failed job into it directly, as an
 * outage would have left it.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const pg = createRequire(path.join(root, 'apps/server/package.json'))('pg') as typeof import('pg');
const serverUrl = process.env.E2E_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `panorama_e2e_jobs_${process.pid}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

// its own server start-up and a busy machine: more than the default minute
test.describe.configure({ timeout: 180_000 });

let server: ChildProcess;
let baseURL: string;

async function sql(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await sql(serverUrl, `CREATE DATABASE "${database}"`);
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['apps/server/dist/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: dbUrl, SEED_DEMO: 'false', JOB_POLL_MS: '200' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await expect(async () => expect((await fetch(`${baseURL}/readyz`)).ok).toBe(true)).toPass({ timeout: 150_000 });
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  if (server && server.exitCode === null) await new Promise((r) => server.once('exit', r));
  await sql(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

test('an admin retries a failed job and it runs', async ({ page }) => {
  const id = randomUUID();
  await sql(dbUrl, `INSERT INTO "Job" (id, task, status, attempts, "maxAttempts", "lastError", "finishedAt") VALUES ($1, 'pool.sweep', 'FAILED', 3, 3, 'connection terminated unexpectedly', now())`, [id]);

  await page.goto(`${baseURL}/login`);
  await page.getByLabel(/邮箱|Email/).fill(ADMIN.email);
  await page.getByLabel(/密码|Password/).fill(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/(dashboard|customers)/);

  // the navigation leads to the screen
  await page.getByRole('link', { name: '后台任务' }).click();
  await expect(page.getByRole('heading', { name: '后台任务' })).toBeVisible();

  // queues with their counts: the sweep has one failure
  const queue = page.getByTestId('job-queues').locator('tr[data-task="pool.sweep"]');
  await expect(queue.locator('td[data-count="failed"]')).toHaveText('1');

  // the failed list (the default filter) shows the job with its error
  const row = page.getByTestId('jobs').locator(`tr[data-job-id="${id}"]`);
  await expect(row).toContainText('公海自动回收');
  await expect(row).toContainText('connection terminated unexpectedly');
  await expect(row).toContainText('失败');

  await row.getByRole('button', { name: '重试任务“公海自动回收”' }).click();
  await expect(page.getByText('任务已重新排队')).toBeVisible();
  await expect(row).toHaveCount(0); // no longer failed
  await expect(page.getByText('没有失败的任务')).toBeVisible();

  // the server's runner picks it up (within its poll interval), then the Succeeded filter shows it
  await expect(async () => expect((await sql(dbUrl, 'SELECT status, attempts FROM "Job" WHERE id = $1', [id]))[0]).toEqual({ status: 'SUCCEEDED', attempts: 1 })).toPass({ timeout: 60_000 });
  await page.getByRole('combobox', { name: '状态' }).click();
  await page.getByRole('option', { name: '成功' }).click();
  const done = page.getByTestId('jobs').locator(`tr[data-job-id="${id}"]`);
  await expect(done).toContainText('成功');
  await expect(done).toContainText('1 / 3');
});

test('an admin cancels a queued job', async ({ page }) => {
  const id = randomUUID();
  await sql(dbUrl, `INSERT INTO "Job" (id, task, "runAt") VALUES ($1, 'contract.sweep', now() + interval '30 days')`, [id]);
  await page.goto(`${baseURL}/login`);
  await page.getByLabel(/邮箱|Email/).fill(ADMIN.email);
  await page.getByLabel(/密码|Password/).fill(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/(dashboard|customers)/);
  await page.goto(`${baseURL}/admin/jobs`);

  await page.getByRole('combobox', { name: '状态' }).click();
  await page.getByRole('option', { name: '排队中' }).click();
  const row = page.getByTestId('jobs').locator(`tr[data-job-id="${id}"]`);
  await row.getByRole('button', { name: '取消任务“合同续约提醒”' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '取消任务' }).click();
  await expect(page.getByText('任务已取消')).toBeVisible();
  await expect(row).toHaveCount(0);
  const [job] = await sql(dbUrl, 'SELECT status FROM "Job" WHERE id = $1', [id]);
  expect(job).toEqual({ status: 'CANCELLED' });
});
