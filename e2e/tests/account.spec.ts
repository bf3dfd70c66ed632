import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from '../fixtures/auth.ts';

// Signs this user out everywhere: a user the other specs do not sign in as.
const MARKETER = { email: 'marketer.huang@panorama.local', password: DEMO_PASSWORD };
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

test('lists the signed-in devices, signs another one out, then signs out everywhere', async ({ page, request }) => {
  // a second "device": a script signing in with curl's User-Agent
  const login = await request.post('/graphql', { headers: { 'user-agent': 'curl/8.5.0' }, data: { query: LOGIN, variables: { e: MARKETER.email, p: MARKETER.password } } });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  const me = () => request.post('/graphql', { headers: { authorization: `Bearer ${token}` }, data: { query: '{ me { user { id } } }' } }).then((r) => r.json());

  await signIn(page, MARKETER, null);
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '账户与安全' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '账户与安全' })).toBeVisible();

  const devices = page.getByTestId('signed-in-devices');
  await expect(devices.getByText('当前设备')).toBeVisible();
  await expect(devices.getByText('curl', { exact: true })).toBeVisible();

  await devices.getByRole('button', { name: '退出 curl 上的登录' }).first().click();
  await expect(page.getByText('已退出该设备上的登录')).toBeVisible();
  await expect(devices.getByText('curl', { exact: true })).toHaveCount(0);
  expect((await me()).errors[0].extensions.code).toBe('UNAUTHENTICATED');

  await page.getByRole('button', { name: '退出所有设备' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '退出所有设备' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?redirect=/);
});
