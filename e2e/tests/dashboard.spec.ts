import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, REP, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

const OUT = path.join(import.meta.dirname, '..', '.out');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });

/** A deal for the rep, created in the first stage and then moved to Won, through the API. */
async function winDeal(api: Api, amount: string) {
  const { pipelineStages } = await api.query<{ pipelineStages: { id: string; kind: string }[] }>('{ pipelineStages { id kind } }');
  const won = pipelineStages.find((s) => s.kind === 'WON')!;
  const customer = await api.createCustomer({ name: `仪表盘测试客户 ${unique()}` });
  const { createOpportunity: deal } = await api.query<{ createOpportunity: { id: string; version: number } }>(
    'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }',
    { input: { name: `仪表盘赢单 ${unique()}`, customerId: customer.id, amount, currency: 'CNY', expectedCloseDate: new Date().toISOString().slice(0, 10) } },
  );
  await api.query('mutation($id: ID!, $input: MoveOpportunityInput!) { moveOpportunity(id: $id, input: $input) { id } }', {
    id: deal.id,
    input: { version: deal.version, stageId: won.id },
  });
}

test('the sales dashboard is home for a rep, shows the funnel, and the won figure follows a newly won deal', async ({ page, request }) => {
  await signIn(page, REP, null);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole('heading', { level: 2, name: '销售仪表盘' })).toBeVisible();
  const funnel = page.getByRole('region', { name: '销售漏斗' });
  await expect(funnel.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(funnel).toContainText('资格确认 Qualification');
  await expect(funnel).toContainText('金额单位：CNY');

  const won = page.getByTestId('forecast-won');
  await expect(won).toContainText('已赢单');
  const before = await won.innerText();

  await winDeal(await Api.signIn(request, REP), '98765.43');
  await page.reload();
  await expect(page.getByTestId('forecast-won')).not.toHaveText(before);
  await expect(page.getByTestId('forecast-won')).toContainText(/\d/);

  // a funnel bar opens the deals behind it
  await funnel.locator('.recharts-bar-rectangle').first().click();
  await expect(page).toHaveURL(/\/opportunities\?.*stages=/);
});

test('screenshots of the dashboard in Chinese and English', async ({ page }) => {
  await signIn(page, ADMIN, null);
  await page.goto('/dashboard?period=year');
  await expect(page.getByRole('region', { name: '销售漏斗' }).locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.waitForTimeout(800); // chart animations
  await shot(page, 'dashboard-zh-CN');

  await page.evaluate(() => localStorage.setItem('panorama.locale', 'en'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Sales dashboard' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sales funnel' }).locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.waitForTimeout(800);
  await shot(page, 'dashboard-en');

  await page.goto('/admin/currencies');
  await expect(page.getByText('Base currency: CNY')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'USD', exact: true })).toBeVisible();
  await shot(page, 'currencies-en');
  await page.evaluate(() => localStorage.removeItem('panorama.locale'));
});
