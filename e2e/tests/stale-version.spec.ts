import { expect, test } from '@playwright/test';
import { REP, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

test('saving over a change made in the background shows the stale alert; after reloading, saving works', async ({ page, request }) => {
  const name = `上海版本测试有限公司 ${unique()}`;
  const api = await Api.signIn(request, REP);
  const customer = await api.createCustomer({ name, industry: '制造', phone: '021-11110000' });

  await signIn(page, REP);
  await page.goto(`/customers/${customer.id}`);
  await page.getByRole('link', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `编辑客户：${name}` })).toBeVisible();
  await expect(page.getByLabel('电话', { exact: true })).toHaveValue('021-11110000');
  await page.getByRole('combobox', { name: '行业' }).fill('物流');

  // someone else saves the same customer meanwhile
  await api.updateCustomer(customer.id, { version: customer.version, phone: '021-22220000' });

  await page.getByRole('button', { name: '保存' }).click();
  const stale = page.getByTestId('stale-alert');
  await expect(stale).toBeVisible();
  await expect(stale).toContainText('该客户已被他人修改');
  await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}/edit$`));

  await stale.getByRole('button', { name: '重新加载' }).click();
  await expect(stale).toBeHidden();
  // the form now shows the saved record, the other person's change included
  await expect(page.getByLabel('电话', { exact: true })).toHaveValue('021-22220000');
  await expect(page.getByRole('combobox', { name: '行业' })).toHaveValue('制造');

  await page.getByRole('combobox', { name: '行业' }).fill('物流');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}$`));
  const facts = page.getByRole('definition');
  await expect(facts.filter({ hasText: '物流' })).toBeVisible();
  await expect(page.getByRole('link', { name: '021-22220000' })).toBeVisible();
  await expect(page.getByTestId('customer-timeline')).toContainText(/行业:\s*制造\s*物流/);
  expect(await api.customerVersion(customer.id)).toBe(customer.version + 2);
});
