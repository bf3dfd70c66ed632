import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { REP, signIn } from '../fixtures/auth.ts';
import { Api, unique } from '../fixtures/api.ts';

const OUT = path.join(import.meta.dirname, '..', '.out');

/** Picks the 15th of the month shown and a whole hour in a Mantine DateTimePicker. */
async function pickDateTime(page: Page, dialog: Locator, label: RegExp, hour: string) {
  await dialog.getByRole('button', { name: label }).click();
  const dropdown = page.getByRole('dialog').last();
  await dropdown.getByRole('button', { name: /^15 / }).click();
  const hours = dropdown.getByRole('spinbutton').first();
  await hours.click();
  await hours.press('Backspace');
  await hours.press('Backspace');
  await hours.pressSequentially(hour);
  const minutes = dropdown.getByRole('spinbutton').nth(1);
  await minutes.click();
  await minutes.pressSequentially('00');
  await dropdown.locator('button[data-mantine-stop-propagation], .mantine-DateTimePicker-submitButton').last().click();
}

async function logMeeting(page: Page, section: Locator, subject: string, start: string, end: string) {
  await section.getByRole('button', { name: '记录活动' }).click();
  const dialog = page.getByRole('dialog', { name: '记录活动' });
  await dialog.getByRole('textbox', { name: /^主题/ }).fill(subject);
  await pickDateTime(page, dialog, /^开始/, start);
  await pickDateTime(page, dialog, /^结束/, end);
  await dialog.getByRole('button', { name: '保存' }).click();
  return dialog;
}

test('logs a meeting on a customer; an overlapping second meeting shows the warning and can be scheduled anyway', async ({ page, request }) => {
  const suffix = unique();
  const api = await Api.signIn(request, REP);
  const customer = await api.createCustomer({ name: `活动日历测试有限公司 ${suffix}` });

  await signIn(page, REP);
  await page.goto(`/customers/${customer.id}`);
  const section = page.getByTestId('activity-section');
  await expect(section).toContainText('还没有活动');

  const first = await logMeeting(page, section, `客户拜访 ${suffix}`, '10', '11');
  await expect(first).toBeHidden();
  await expect(section).toContainText(`客户拜访 ${suffix}`);

  const second = await logMeeting(page, section, `方案评审 ${suffix}`, '10', '12');
  const warning = second.getByTestId('overlap-warning');
  await expect(warning).toContainText(`客户拜访 ${suffix}`);
  await warning.getByRole('button', { name: '仍然安排' }).click();
  await expect(second).toBeHidden();
  await expect(section).toContainText(`方案评审 ${suffix}`);

  await page.goto('/calendar');
  await page.getByText('月', { exact: true }).click();
  await expect(page.getByTestId('calendar-event').filter({ hasText: `客户拜访 ${suffix}` })).toBeVisible();
  await expect(page.getByTestId('calendar-event').filter({ hasText: `方案评审 ${suffix}` })).toBeVisible();
  await page.screenshot({ path: path.join(OUT, 'calendar-month.png'), fullPage: true });
});
