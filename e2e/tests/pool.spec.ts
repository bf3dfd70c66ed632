import { expect, test, type Page } from '@playwright/test';
import { REP, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

/** "claimed / limit" from the pool status card. */
async function myClaims(page: Page): Promise<{ claimed: number; limit: number }> {
  const status = page.getByTestId('pool-status');
  await expect(status).toHaveText(/^\d+ \/ \d+$/);
  const [claimed, limit] = (await status.innerText()).split('/').map((s) => Number(s.trim()));
  return { claimed, limit };
}

async function openPoolAndSearch(page: Page, name: string) {
  await nav(page).getByRole('link', { name: '公海' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '公海' })).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索' }).fill(name);
  await expect(page).toHaveURL(/[?&]q=/);
}

test('a rep claims a customer from the pool and releases it again', async ({ page, request }) => {
  const name = `成都公海测试有限公司 ${unique()}`;
  const api = await Api.signIn(request, REP);
  const customer = await api.createCustomer({ name, ownerId: null });

  await signIn(page, REP);
  await openPoolAndSearch(page, name);
  const before = await myClaims(page);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: `认领 ${name}` }).click();
  await expect(page.getByText(`已认领“${name}”`)).toBeVisible();
  await expect(page.getByTestId('pool-status')).toHaveText(`${before.claimed + 1} / ${before.limit}`);
  await expect(row).toBeHidden(); // no longer in the pool
  await expect(page.getByText('公海中暂无客户')).toBeVisible();

  // the customer's page: the rep owns it, the timeline shows the claim
  await nav(page).getByRole('link', { name: '客户' }).click();
  await page.getByRole('searchbox', { name: '搜索' }).fill(name);
  await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}$`));
  await expect(page.getByTestId('fact-owner')).toContainText('李娜 Li Na');
  await expect(page.getByTestId('fact-pool')).toContainText('已分配');
  const timeline = page.getByTestId('customer-timeline');
  await expect(timeline).toContainText('李娜 Li Na 认领了客户');

  // release it back to the pool
  await page.getByRole('button', { name: '退回公海' }).click();
  const dialog = page.getByRole('dialog', { name: '退回公海' });
  await expect(dialog).toContainText(`确定将“${name}”退回公海吗？`);
  await dialog.getByRole('button', { name: '退回公海' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('fact-pool')).toContainText('公海');
  await expect(page.getByTestId('fact-owner')).not.toContainText('李娜 Li Na');
  await expect(timeline).toContainText('李娜 Li Na 退回了客户');
  await expect(page.getByRole('button', { name: '认领' })).toBeVisible();

  await openPoolAndSearch(page, name);
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  await expect(page.getByTestId('pool-status')).toHaveText(`${before.claimed} / ${before.limit}`);
});
