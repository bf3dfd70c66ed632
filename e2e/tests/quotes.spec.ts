import { expect, test } from '@playwright/test';
import { Api } from '../fixtures/api.ts';
import { REP, signIn } from '../fixtures/auth.ts';

const run = Date.now().toString(36).toUpperCase();
const dealName = `E2E 报价商机 ${run}`;

test('a rep builds a quote on a deal, sends it, prints it to PDF and accepts it into an order', async ({ page, request }) => {
  const api = await Api.signIn(request, REP);
  const customer = await api.createCustomer({ name: `E2E 报价客户 ${run}` });
  const { createOpportunity: deal } = await api.query<{ createOpportunity: { id: string } }>(
    'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
    { input: { name: dealName, customerId: customer.id, amount: '1000', currency: 'CNY', expectedCloseDate: '2026-12-31' } },
  );

  await signIn(page, REP, `/opportunities/${deal.id}`);
  await expect(page.getByRole('heading', { level: 2, name: dealName })).toBeVisible();
  await page.getByRole('link', { name: '新建报价单' }).click();
  await expect(page).toHaveURL(/\/quotes\/new\?opportunityId=/);
  await expect(page.getByRole('combobox', { name: '价格表' })).toHaveValue('标准价 CNY');

  // a product line from the price book (search as you type) and a free-text line
  await page.getByRole('button', { name: '添加产品' }).click();
  const picker = page.getByRole('combobox', { name: '第 1 行 产品' });
  await picker.click();
  await picker.fill('企业版');
  await page.getByRole('option', { name: /企业版许可证 Enterprise licence/ }).click();
  await page.getByLabel('第 1 行 数量').fill('2');
  await expect(page.getByLabel('第 1 行 单价')).toHaveValue('450.00');
  await page.getByRole('button', { name: '添加自定义行' }).click();
  await page.getByLabel('第 2 行 名称').fill('实施服务 Implementation');
  await page.getByLabel('第 2 行 数量').fill('0');
  await page.getByLabel('第 2 行 单价').fill('800');
  await page.getByLabel('第 2 行 税率 %').fill('6');

  // the server refuses a zero quantity: the error sits in that line's cell, nothing is created
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByLabel('第 2 行 数量')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/quotes\/new/);
  await page.getByLabel('第 2 行 数量').fill('1.5');
  // live preview: 2 × 450.00 + 6 % = 954.00; 1.5 × 800.00 + 6 % = 1272.00
  await expect(page.getByTestId('quote-total')).toHaveText('¥2,226.00');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/quotes\/[0-9a-f-]{36}$/);
  const heading = page.getByRole('heading', { level: 2 });
  await expect(heading).toContainText(/Q-\d{4}-\d{5}/);
  const number = (await heading.textContent())!.match(/Q-\d{4}-\d{5}/)![0];
  await expect(page.getByTestId('quote-total')).toHaveText('¥2,226.00');

  await page.getByRole('button', { name: '标记为已发送' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '标记为已发送' }).click();
  await expect(page.getByText('已发送', { exact: true }).first()).toBeVisible();
  const quoteUrl = page.url();

  // the printable view, in Chinese and in English, and a real PDF of it
  const quoteId = quoteUrl.split('/').pop()!;
  await page.goto(`/quotes/${quoteId}/print?lang=zh-CN`);
  await expect(page.getByRole('heading', { level: 1, name: '报价单' })).toBeVisible();
  await expect(page.getByTestId('print-number')).toHaveText(number);
  await expect(page.getByTestId('print-total')).toHaveText('¥2,226.00');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印 / 存为 PDF' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('quote-print-zh.png'), fullPage: true });
  const pdf = await page.pdf({ path: test.info().outputPath('quote-zh.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`/quotes/${quoteId}/print?lang=en`);
  await expect(page.getByRole('heading', { level: 1, name: 'Quotation' })).toBeVisible();
  await expect(page.getByTestId('print-total')).toHaveText('CN¥2,226.00');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: test.info().outputPath('quote-print-en.png'), fullPage: true });
  const pdfEn = await page.pdf({ path: test.info().outputPath('quote-en.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdfEn.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });

  // accepting makes the order and opens it
  await page.goto(quoteUrl);
  await page.getByRole('button', { name: '客户已接受' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '客户已接受' }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2 })).toContainText(/SO-\d{4}-\d{5}/);
  await expect(page.getByText('已确认')).toBeVisible();
  await expect(page.getByRole('link', { name: number })).toBeVisible();
  await expect(page.getByTestId('quote-total')).toHaveText('¥2,226.00');

  await page.getByRole('link', { name: '销售订单' }).click();
  await expect(page.getByRole('row').filter({ hasText: `E2E 报价客户 ${run}` })).toContainText('¥2,226.00');
});
