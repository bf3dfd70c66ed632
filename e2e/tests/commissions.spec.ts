import { expect, test } from '@playwright/test';
import { ADMIN, REP, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

const month = new Date().toISOString().slice(0, 7);
const monthStart = `${month}-01`;

// the month is closed in the middle of the test: whatever happens, reopen it for the specs that follow
test.afterAll(async ({ request }) => {
  const admin = await Api.signIn(request, ADMIN);
  const { commissionPeriods } = await admin.query<{ commissionPeriods: unknown[] }>(
    'query($p: LocalDate!) { commissionPeriods(from: $p, to: $p) { periodStart } }', { p: monthStart });
  if (commissionPeriods.length) await admin.query('mutation($p: LocalDate!) { reopenCommissionPeriod(periodStart: $p) }', { p: monthStart });
});

test('an admin creates a plan, a rep wins a deal and sees its commission, closing the month locks it', async ({ page, browser, request }) => {
  const planName = `E2E 提成 ${unique()}`;
  await signIn(page, ADMIN, null);
  await page.getByRole('link', { name: '提成方案' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '提成方案与结账' })).toBeVisible();

  // a plan for sales reps: 10% up to 100,000,000, the second tier first entered wrongly
  await page.getByRole('button', { name: '新建方案' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名称').fill(planName);
  await dialog.getByLabel('比例 % 1').fill('10');
  await dialog.getByRole('button', { name: '添加档位' }).click();
  await dialog.getByLabel('起点金额 2').fill('0');
  await dialog.getByLabel('比例 % 2').fill('20');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('须大于上一档的起点')).toBeVisible();
  await expect(dialog.getByLabel('起点金额 2')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('起点金额 2').fill('100000000');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('方案已保存')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(planName) });
  await expect(row).toContainText('销售代表');
  await expect(row.getByRole('switch')).toBeChecked();

  // the rep wins a 1,000 CNY deal today (through the API, as another tab would)
  const rep = await Api.signIn(request, REP);
  const customer = await rep.createCustomer({ name: `提成客户 ${unique()}` });
  const dealName = `提成商机 ${unique()}`;
  const { createOpportunity: deal } = await rep.query<{ createOpportunity: { id: string; version: number } }>(
    'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }',
    { input: { name: dealName, customerId: customer.id, amount: '1000', currency: 'CNY', expectedCloseDate: new Date().toISOString().slice(0, 10) } },
  );
  const { pipelineStages } = await rep.query<{ pipelineStages: { id: string; kind: string }[] }>('{ pipelineStages { id kind } }');
  await rep.query('mutation($id: ID!, $input: MoveOpportunityInput!) { moveOpportunity(id: $id, input: $input) { id } }',
    { id: deal.id, input: { version: deal.version, stageId: pipelineStages.find((s) => s.kind === 'WON')!.id } });

  const repContext = await browser.newContext();
  const repPage = await repContext.newPage();
  await signIn(repPage, REP, null);
  await repPage.getByRole('link', { name: '我的提成' }).click();
  await expect(repPage.getByRole('heading', { level: 2, name: '销售提成' })).toBeVisible();
  await expect(repPage.getByTestId('my-commission')).toContainText('¥');
  await expect(repPage.getByText('未结账')).toBeVisible();
  await repPage.getByRole('button', { name: '查看明细' }).click();
  const drawer = repPage.getByRole('dialog');
  const line = drawer.getByRole('row', { name: new RegExp(dealName) });
  await expect(line).toContainText('¥1,000.00');
  await expect(line).toContainText('¥100.00'); // 10% of 1,000
  await expect(drawer.getByRole('link', { name: dealName })).toBeVisible();
  await repPage.keyboard.press('Escape');

  // the admin closes this month, with confirmation
  await page.getByTestId(`period-${month}`).getByRole('button', { name: /^结账/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '结账' }).click();
  await expect(page.getByText(/已结账（\d+ 份提成单）/)).toBeVisible();
  await expect(page.getByTestId(`period-${month}`)).toContainText('已结账');

  // the rep's page now shows the month locked, figures unchanged
  await repPage.reload();
  await expect(repPage.getByTestId('period-locked')).toBeVisible();
  await expect(repPage.getByTestId('period-locked')).toHaveText('已结账');
  await repContext.close();

  // and the admin reopens it
  await page.getByTestId(`period-${month}`).getByRole('button', { name: /^重新打开/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '重新打开' }).click();
  await expect(page.getByText(/已重新打开/)).toBeVisible();
  await expect(page.getByTestId(`period-${month}`)).toContainText('未结账');
});
