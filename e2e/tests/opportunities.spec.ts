import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN, REP, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

const OUT = path.join(import.meta.dirname, '..', '.out');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });

/** Drags with the mouse in small steps, as a person would (dnd-kit starts a drag after a few pixels). */
async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + 20);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + 30, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + 60, { steps: 20 });
  await page.mouse.move(b.x + b.width / 2, b.y + 70, { steps: 5 });
  await page.mouse.up();
}

test.describe('on a wide screen, where the whole board fits', () => {
  test.use({ viewport: { width: 1920, height: 1000 } });

  test('creates an opportunity from a customer, drags it to Won on the board and sees it in the stage history', async ({ page, request }) => {
    const suffix = unique();
    const customerName = `杭州看板测试有限公司 ${suffix}`;
    const dealName = `看板拖拽商机 ${suffix}`;
    const api = await Api.signIn(request, REP);
    const customer = await api.createCustomer({ name: customerName });

    await signIn(page, REP);
    await page.goto(`/customers/${customer.id}`);
    const section = page.getByTestId('customer-opportunities');
    await expect(section).toContainText('暂无商机');
    await section.getByRole('link', { name: '新建商机' }).click();

    await expect(page.getByRole('heading', { level: 2, name: '新建商机' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^客户/ })).toHaveValue(customerName);
    await page.getByRole('textbox', { name: /^商机名称/ }).fill(dealName);
    await page.getByRole('textbox', { name: /^金额/ }).fill('12345.67');
    await page.getByRole('button', { name: /^预计成交日期/ }).click();
    await page.getByRole('dialog', { name: '预计成交日期' }).getByRole('button', { name: /^15 / }).click();
    await shot(page, 'opportunity-form');
    await page.getByRole('button', { name: '创建商机' }).click();

    await expect(page.getByRole('heading', { level: 2, name: dealName })).toBeVisible();
    await expect(page.getByTestId('fact-amount')).toContainText('12,345.67');
    await expect(page.getByTestId('stage-history-item')).toHaveCount(1);
    await expect(page.getByTestId('stage-history')).toContainText('创建于“资格确认 Qualification”');

    await page.goto(`/opportunities/board?q=${encodeURIComponent(dealName)}`);
    const card = page.getByTestId('board-card').filter({ hasText: dealName });
    const open = page.locator('[data-testid="board-column"][data-stage="资格确认 Qualification"]');
    const won = page.locator('[data-testid="board-column"][data-stage="赢单 Won"]');
    await expect(open.getByTestId('board-card').filter({ hasText: dealName })).toBeVisible();
    await expect(open.getByTestId('column-count')).toHaveText('1');
    await shot(page, 'opportunity-board-before');

    await drag(page, card, won);
    await expect(won.getByTestId('board-card').filter({ hasText: dealName })).toBeVisible();
    await expect(page.getByText('已移至“赢单 Won”')).toBeVisible();
    await expect(won.getByTestId('column-count')).toHaveText('1');
    await expect(won.getByTestId('column-totals')).toContainText('12,345.67');
    await expect(open.getByTestId('column-count')).toHaveText('0');
    // still there after a reload: the server stored the move
    await page.reload();
    await expect(won.getByTestId('board-card').filter({ hasText: dealName })).toBeVisible();

    await won.getByRole('link', { name: dealName }).click();
    await expect(page.getByRole('heading', { level: 2, name: dealName })).toBeVisible();
    await expect(page.getByTestId('opportunity-status')).toHaveText('赢单');
    await expect(page.getByTestId('stage-history-item')).toHaveCount(2);
    await expect(page.getByTestId('stage-history')).toContainText('从“资格确认 Qualification”移到“赢单 Won”');
    await expect(page.getByTestId('stage-history')).toContainText('在“资格确认 Qualification”停留');
    await shot(page, 'opportunity-detail');

    // the customer's page lists the deal in its new stage
    await page.getByTestId('fact-customer').getByRole('link', { name: customerName }).click();
    const deals = page.getByTestId('customer-opportunities');
    await expect(deals.getByRole('row').filter({ hasText: dealName })).toContainText('赢单 Won');
    await shot(page, 'customer-with-opportunities');
  });
});

test('moves a deal to Lost with the keyboard, giving the lost reason', async ({ page, request }) => {
  const suffix = unique();
  const dealName = `键盘移动商机 ${suffix}`;
  const api = await Api.signIn(request, REP);
  const customer = await api.createCustomer({ name: `键盘测试公司 ${suffix}` });
  await api.query('mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }', {
    input: { name: dealName, customerId: customer.id, amount: '800', currency: 'USD', expectedCloseDate: '2027-01-15' },
  });

  await signIn(page, REP);
  await page.goto(`/opportunities/board?q=${encodeURIComponent(dealName)}`);
  const card = page.getByTestId('board-card').filter({ hasText: dealName });
  await expect(card).toBeVisible();
  await card.focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
  }
  await page.keyboard.press('Space');

  const dialog = page.getByRole('dialog', { name: '标记为输单' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '确认输单' }).click();
  await expect(dialog.getByText('输单时必须填写输单原因')).toBeVisible();
  await dialog.getByRole('textbox', { name: /输单原因/ }).fill('预算取消');
  await dialog.getByRole('button', { name: '确认输单' }).click();

  const lost = page.locator('[data-testid="board-column"][data-stage="输单 Lost"]');
  await expect(lost.getByTestId('board-card').filter({ hasText: dealName })).toBeVisible();
  await expect(page.getByText('已移至“输单 Lost”')).toBeVisible();
  await page.reload();
  await expect(lost.getByTestId('board-card').filter({ hasText: dealName })).toBeVisible();
});

test('shows the list and the whole board of the demo pipeline', async ({ page }) => {
  await signIn(page, REP);
  await page.goto('/opportunities');
  await expect(page.getByRole('heading', { level: 2, name: '商机' })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await shot(page, 'opportunity-list');
  await page.getByRole('link', { name: '销售看板' }).click();
  await expect(page.getByTestId('board-column')).toHaveCount(6);
  await shot(page, 'opportunity-board');
});

test('admins reorder the pipeline stages; the board speaks English too', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto('/admin/pipeline');
  await expect(page.getByRole('heading', { level: 2, name: '销售阶段' })).toBeVisible();
  const rows = page.getByTestId('stage-row');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(0)).toContainText('资格确认 Qualification');
  await page.getByRole('button', { name: '下移 资格确认 Qualification' }).click();
  await expect(page.getByText('顺序已保存')).toBeVisible();
  await expect(rows.nth(1)).toContainText('资格确认 Qualification');
  await page.getByRole('button', { name: '上移 资格确认 Qualification' }).click();
  await expect(rows.nth(0)).toContainText('资格确认 Qualification');
  await shot(page, 'pipeline-admin');

  await page.evaluate(() => localStorage.setItem('panorama.locale', 'en'));
  await page.goto('/opportunities/board');
  await expect(page.getByRole('heading', { level: 2, name: 'Pipeline board' })).toBeVisible();
  await expect(page.getByTestId('board-column')).toHaveCount(6);
  await shot(page, 'opportunity-board-en');
  await page.goto('/opportunities');
  await expect(page.getByRole('heading', { level: 2, name: 'Opportunities' })).toBeVisible();
  await page.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByText('Stage history')).toBeVisible();
  await shot(page, 'opportunity-detail-en');
});
