import { expect, test } from '@playwright/test';
import { ADMIN, REP, signIn } from '../fixtures/auth.ts';

const year = new Date().getUTCFullYear();

test('an admin sets a monthly target on blur, sees field errors, and the value persists', async ({ page }) => {
  await signIn(page, ADMIN, null);
  await page.getByRole('link', { name: '销售目标' }).click();
  await expect(page).toHaveURL(/\/admin\/targets/);
  await expect(page.getByRole('heading', { level: 2, name: '销售目标' })).toBeVisible();

  const cell = page.getByLabel(`李娜 Li Na ${year} 1月 的目标`);
  await expect(cell).toHaveValue(/1500000/); // demo seed: 1,500,000 CNY a month
  await cell.fill('123456.5');
  await cell.blur();
  await expect(page.getByText('目标已保存')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`李娜 Li Na ${year} 1月 的目标`)).toHaveValue(/123456\.5/);

  const tooBig = page.getByLabel(`李娜 Li Na ${year} 2月 的目标`);
  await tooBig.fill('12345678901234567');
  await tooBig.blur();
  await expect(tooBig).toHaveAttribute('aria-invalid', 'true');

  await page.getByText('按季度', { exact: true }).click();
  await expect(page.getByLabel(`李娜 Li Na ${year} Q1 的目标`)).toHaveValue(/4500000/);
});

test('a rep sees forecast against target on the dashboard, but no target planner', async ({ page }) => {
  await signIn(page, REP, null);
  await expect(page).toHaveURL(/\/dashboard/);
  const chart = page.getByTestId('forecast-vs-target');
  await expect(chart).toContainText('目标对比');
  await expect(chart.getByText(/达成率/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: '销售目标' })).toHaveCount(0);
});
