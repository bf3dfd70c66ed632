import { expect, test } from '@playwright/test';
import { REP, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

test('creating a customer with the name of an existing one warns about the duplicate', async ({ page, request }) => {
  const name = `苏州重名测试有限公司 ${unique()}`;
  const api = await Api.signIn(request, REP);
  const existing = await api.createCustomer({ name });

  await signIn(page, REP);
  await page.getByRole('link', { name: '新建客户' }).click();
  await page.getByRole('textbox', { name: /^名称/ }).fill(name);

  // while typing: a warning that links to the existing customer
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('可能重复的客户');
  await expect(warning.getByRole('link', { name })).toHaveAttribute('href', `/customers/${existing.id}`);
  await expect(warning).toContainText('名称相同');

  // submitting: the server refuses and the form offers to create anyway
  await page.getByRole('button', { name: '创建客户' }).click();
  const conflict = page.getByTestId('duplicate-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('发现疑似重复的客户');
  await expect(conflict.getByRole('link', { name })).toHaveAttribute('href', `/customers/${existing.id}`);
  await expect(page).toHaveURL(/\/customers\/new$/);

  await conflict.getByRole('button', { name: '仍然创建' }).click();
  await expect(page).toHaveURL(/\/customers\/(?!new)[^/]+$/);
  expect(page.url()).not.toContain(existing.id);
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
});
