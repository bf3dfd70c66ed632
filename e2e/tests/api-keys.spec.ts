import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from '../fixtures/auth.ts';

// A user the other specs do not sign in as.
const REP = { email: 'rep.zhang@panorama.local', password: DEMO_PASSWORD };
const CUSTOMERS = '{ customers(first: 5) { totalCount edges { node { id name } } } }';

/** A script's call: POST /graphql with the key as a bearer token (Playwright's own cookie jar, not the browser's). */
async function asScript(request: APIRequestContext, key: string, query: string) {
  const response = await request.post('/graphql', { headers: { Authorization: `Bearer ${key}` }, data: { query } });
  return (await response.json()) as { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };
}

test('creates an API key shown once, a script uses it, and after revoking it the script is refused', async ({ page, request }) => {
  const name = `Nightly sync ${Date.now()}`;
  await signIn(page, REP, null);
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '账户与安全' }).click();
  const section = page.getByRole('region', { name: 'API 密钥' });
  await expect(section).toBeVisible();

  await section.getByRole('button', { name: '新建 API 密钥' }).click();
  const dialog = page.getByRole('dialog', { name: '新建 API 密钥' });
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByText('30 天', { exact: true }).click();
  // only the rep's own permissions are offered: no administration
  await expect(dialog.getByRole('checkbox', { name: '系统管理：全部' })).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: '客户 · 查看' }).check();
  await dialog.getByRole('button', { name: '创建密钥' }).click();

  const shown = page.getByRole('dialog', { name: 'API 密钥已创建' });
  await expect(shown.getByText('关闭此窗口后将无法再次查看', { exact: false })).toBeVisible();
  const key = await shown.getByTestId('new-api-key').inputValue();
  expect(key).toMatch(/^pk_[A-Za-z0-9_-]{43}$/);
  await shown.getByRole('button', { name: '我已保存，关闭' }).click();
  await expect(shown).toBeHidden();

  const row = section.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByText(`${key.slice(0, 11)}…`)).toBeVisible();
  await expect(row.getByText('有效')).toBeVisible();
  await expect(row.getByText('客户：查看')).toBeVisible();

  // a script with the key reads the rep's customers, and nothing outside the key's scope
  const ok = await asScript(request, key, CUSTOMERS);
  expect(ok.errors).toBeUndefined();
  expect(ok.data!.customers.totalCount).toBeGreaterThan(0);
  const outside = await asScript(request, key, '{ opportunities { totalCount } }');
  expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  await page.reload();
  await expect(row.getByText('从未使用')).toHaveCount(0);
  await row.getByRole('button', { name: `撤销密钥“${name}”` }).click();
  await page.getByRole('dialog', { name: '撤销 API 密钥' }).getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText(`密钥“${name}”已撤销`)).toBeVisible();
  await expect(row.getByText('已撤销')).toBeVisible();

  const refused = await asScript(request, key, CUSTOMERS);
  expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(refused.data ?? null).toBeNull();
});
