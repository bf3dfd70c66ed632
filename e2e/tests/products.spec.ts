import { expect, test } from '@playwright/test';
import { Api } from '../fixtures/api.ts';
import { ADMIN, REP, signIn } from '../fixtures/auth.ts';

const run = Date.now().toString(36).toUpperCase();
const productName = `E2E 企业版许可证 ${run}`;
const sku = `E2E-${run}`;

test.describe.configure({ mode: 'serial' });

test('an admin creates a product and prices it in the CNY book with a volume tier', async ({ page }) => {
  await signIn(page, ADMIN, '/products');
  await expect(page.getByRole('heading', { level: 2, name: '产品' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'LIC-ENT' })).toBeVisible(); // demo catalogue
  await page.getByRole('link', { name: '新建产品' }).click();
  await page.getByLabel('SKU 编码').fill(sku);
  await page.getByLabel('名称').fill(productName);
  await page.getByLabel('单位').fill('用户/年');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 2, name: productName })).toBeVisible();
  await expect(page.getByText('尚未在任何价格表中定价')).toBeVisible();

  await page.getByRole('link', { name: '价格表' }).first().click();
  await expect(page).toHaveURL(/\/admin\/price-books/);
  await expect(page.getByRole('heading', { name: '产品价格 · 标准价 CNY' })).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索' }).fill(run);
  const row = page.getByRole('row').filter({ hasText: productName });
  await row.getByRole('button', { name: '定价' }).click();
  const modal = page.getByRole('dialog');
  await modal.getByLabel('标价（CNY）').fill('450');
  await modal.getByRole('button', { name: '添加折扣档' }).click();
  await modal.getByLabel('起订数量').fill('0');
  await modal.getByLabel('折扣 %').fill('10');
  await modal.getByRole('button', { name: '保存' }).click();
  // a tier must start above zero: the error sits next to the field, nothing is saved
  await expect(modal.getByLabel('起订数量')).toHaveAttribute('aria-invalid', 'true');
  await modal.getByLabel('起订数量').fill('100');
  await modal.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('价格已保存')).toBeVisible();
  await expect(row).toContainText('¥450.00');
  await expect(row).toContainText('满 100 件 −10%');
});

test('a rep adds the product to a deal and sees the amount follow the lines', async ({ page, request }) => {
  const api = await Api.signIn(request, REP);
  const customer = await api.createCustomer({ name: `E2E 产品客户 ${run}` });
  const { createOpportunity: deal } = await api.query<{ createOpportunity: { id: string } }>(
    'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
    { input: { name: `E2E 许可证商机 ${run}`, customerId: customer.id, amount: '1000', currency: 'CNY', expectedCloseDate: '2026-12-31' } },
  );
  await signIn(page, REP, `/opportunities/${deal.id}`);
  await expect(page.getByTestId('fact-amount')).toContainText('1,000.00');
  await expect(page.getByText('还没有产品明细')).toBeVisible();

  await page.getByRole('button', { name: '编辑产品' }).click();
  const picker = page.getByTestId('line-product-picker');
  await picker.fill(run);
  await page.getByRole('option', { name: new RegExp(productName) }).click();
  const quantity = page.getByLabel(`第 1 行：${productName} · 数量`);
  await quantity.fill('0');
  await page.getByRole('button', { name: '保存明细' }).click();
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await quantity.fill('120');
  await page.getByRole('button', { name: '保存明细' }).click();
  await expect(page.getByText('产品明细已保存，商机金额已更新')).toBeVisible();

  // 120 × 450.00 = 54,000.00, less the 10% tier reached at 100 = 48,600.00
  const lines = page.getByTestId('deal-lines');
  await expect(lines.getByRole('row').filter({ hasText: productName })).toContainText('10%');
  await expect(page.getByTestId('deal-lines-sum')).toContainText('48,600.00');
  await expect(page.getByTestId('fact-amount')).toContainText('48,600.00');
  await page.reload();
  await expect(page.getByTestId('fact-amount')).toContainText('48,600.00');
});
