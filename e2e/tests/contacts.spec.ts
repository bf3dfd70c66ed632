import { expect, test } from '@playwright/test';
import { REP, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

test('adds a contact from the customer page and sees it listed there', async ({ page, request }) => {
  const suffix = unique();
  const customerName = `南京联系人测试有限公司 ${suffix}`;
  const contactName = `王小明 ${suffix}`;
  const api = await Api.signIn(request, REP);
  const customer = await api.createCustomer({ name: customerName });

  await signIn(page, REP);
  await page.goto(`/customers/${customer.id}`);
  await expect(page.getByRole('heading', { level: 2, name: customerName })).toBeVisible();
  await expect(page.getByRole('row').filter({ has: page.getByRole('link') })).toHaveCount(0);

  await page.getByRole('link', { name: '添加联系人' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '新建联系人' })).toBeVisible();
  // the customer is already chosen
  await expect(page.getByRole('combobox', { name: /^所属客户/ })).toHaveValue(customerName);
  await page.getByRole('textbox', { name: /^姓名/ }).fill(contactName);
  await page.getByLabel('职务', { exact: true }).fill('采购经理');
  await page.getByLabel('邮箱', { exact: true }).fill(`xiaoming${suffix}@example.com`);
  await page.getByLabel('手机', { exact: true }).fill('13800138000');
  await page.getByRole('button', { name: '创建联系人' }).click();

  // the new contact's page, then back to the customer
  await expect(page.getByRole('heading', { level: 2, name: contactName })).toBeVisible();
  await page.getByRole('link', { name: customerName }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: customerName })).toBeVisible();

  const row = page.getByRole('row').filter({ hasText: contactName });
  await expect(row).toBeVisible();
  await expect(row).toContainText('采购经理');
  await expect(row).toContainText(`13800138000 · xiaoming${suffix}@example.com`);
  await expect(row.getByRole('link', { name: contactName })).toBeVisible();
});
