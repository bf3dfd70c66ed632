import { expect, test } from '@playwright/test';
import { REP, signIn } from '../fixtures/auth.ts';
import { unique } from '../fixtures/api.ts';

test('creates a lead, converts it, and lands on the new customer showing the new contact', async ({ page }) => {
  const suffix = unique();
  const leadName = `刘洋 ${suffix}`;
  const company = `厦门海湾贸易有限公司 ${suffix}`;

  await signIn(page, REP);
  await page.getByRole('link', { name: '线索', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '线索' })).toBeVisible();
  await page.getByRole('link', { name: '新建线索' }).click();

  await page.getByRole('textbox', { name: /^姓名/ }).fill(leadName);
  await page.getByLabel('公司', { exact: true }).fill(company);
  await page.getByLabel('职务', { exact: true }).fill('采购总监');
  await page.getByLabel('邮箱', { exact: true }).fill(`liuyang${suffix}@haiwan.example`);
  await page.getByRole('button', { name: '创建线索' }).click();

  // the lead's page
  await expect(page.getByRole('heading', { level: 2, name: leadName })).toBeVisible();
  await expect(page.getByText('新线索')).toBeVisible();

  await page.getByRole('button', { name: '转化' }).click();
  const dialog = page.getByRole('dialog', { name: '转化线索' });
  await expect(dialog.getByRole('radio', { name: `新建客户“${company}”` })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: '同时创建商机' })).toBeChecked();
  await dialog.getByLabel('金额', { exact: true }).fill('88000');
  await dialog.getByRole('button', { name: '转化' }).click();

  // the new customer, with the lead as its contact
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 2, name: company })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: leadName }).filter({ hasText: '采购总监' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('采购总监');

  // the lead now shows the conversion
  await page.goto('/leads?q=' + encodeURIComponent(leadName));
  await expect(page.getByRole('row').filter({ hasText: leadName })).toContainText('已转化');
});
