import { expect, test, type Page } from '@playwright/test';
import { REP, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

const OUT = process.env.CONTRACT_SHOTS;
const shot = async (page: Page, name: string) => {
  if (OUT) await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
};

test('a rep creates a contract for a customer, activates it, renews it and sees both on the customer page', async ({ page, request }) => {
  const suffix = unique();
  const customerName = `苏州合同测试有限公司 ${suffix}`;
  const title = `年度维保合同 ${suffix}`;
  const api = await Api.signIn(request, REP);
  const customer = await api.createCustomer({ name: customerName });

  await signIn(page, REP);
  await page.goto(`/customers/${customer.id}`);
  const section = page.getByTestId('customer-contracts');
  await expect(section).toContainText('该客户还没有合同');
  await section.getByRole('link', { name: '新建合同' }).click();

  await expect(page.getByRole('heading', { level: 2, name: '新建合同' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '客户', exact: true })).toHaveValue(customerName);
  await page.getByText('服务合同', { exact: true }).click();
  await page.getByRole('textbox', { name: /^合同名称/ }).fill(title);
  // a field error from the server sits next to its field
  await page.getByRole('textbox', { name: /^合同金额/ }).fill('-5');
  await page.getByRole('button', { name: /^开始日期/ }).click();
  await page.getByRole('dialog', { name: '开始日期' }).getByRole('button', { name: /^2 / }).first().click();
  await page.getByRole('button', { name: /^结束日期/ }).click();
  await page.getByRole('dialog', { name: '结束日期' }).getByRole('button', { name: /^20 / }).click();
  await page.getByRole('button', { name: '创建合同' }).click();
  await expect(page.getByRole('textbox', { name: /^合同金额/ })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: /^合同金额/ }).fill('36000');
  await shot(page, 'contract-form');
  await page.getByRole('button', { name: '创建合同' }).click();

  await expect(page.getByRole('heading', { level: 2, name: new RegExp(title) })).toBeVisible();
  await expect(page.getByTestId('contract-status')).toHaveText('草稿');
  await expect(page.getByTestId('contract-value')).toContainText('36,000.00');
  const number = (await page.getByRole('heading', { level: 2 }).textContent())!.split(' · ')[0]!.trim();
  expect(number).toMatch(/^C-\d{4}-\d{5}$/);

  // an entitlement line
  await page.getByRole('button', { name: '添加权益' }).click();
  const entDialog = page.getByRole('dialog', { name: '添加权益' });
  await entDialog.getByRole('textbox', { name: /^名称/ }).fill('现场服务');
  await entDialog.getByRole('textbox', { name: /^数量/ }).fill('4');
  await entDialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('contract-entitlements')).toContainText('现场服务');
  await expect(page.getByTestId('contract-entitlements')).toContainText('0 / 4');

  await page.getByRole('button', { name: '生效', exact: true }).click();
  await page.getByRole('dialog', { name: '合同生效' }).getByRole('button', { name: '生效' }).click();
  await expect(page.getByText('合同已生效')).toBeVisible();
  await expect(page.getByTestId('contract-status')).toHaveText(/生效中|即将到期|已过期/);
  await shot(page, 'contract-detail-active');

  await page.getByRole('button', { name: '续约', exact: true }).click();
  const renew = page.getByRole('dialog', { name: `续约合同 ${number}` });
  await expect(renew.getByRole('textbox', { name: /合同金额/ })).toHaveValue('36000.00');
  await renew.getByRole('button', { name: '续约' }).click();
  await expect(page.getByText(/已续约为 C-/)).toBeVisible();
  await expect(page.getByTestId('renewed-from')).toContainText(number);
  await expect(page.getByRole('heading', { level: 2 })).not.toContainText(number);
  await expect(page.getByTestId('contract-entitlements')).toContainText('0 / 4');
  await shot(page, 'contract-detail-renewed');

  await page.getByTestId('renewed-from').click();
  await expect(page.getByTestId('contract-status')).toHaveText('已续约');
  await expect(page.getByTestId('renewed-by')).toBeVisible();

  await page.goto(`/customers/${customer.id}`);
  await expect(section.getByRole('row')).toHaveCount(3); // header + both contracts
  await expect(section).toContainText(number);
  await expect(section).toContainText('已续约');
  await shot(page, 'customer-contracts');

  await page.goto('/contracts?status=EXPIRING');
  await expect(page.getByRole('heading', { level: 2, name: '合同' })).toBeVisible();
  await shot(page, 'contracts-list');
});
