import { expect, test } from '@playwright/test';
import { REP, signIn } from '../fixtures/auth.ts';
import { unique } from '../fixtures/api.ts';

test('an invalid email shows the server message next to the email field', async ({ page }) => {
  const name = `西安字段错误测试有限公司 ${unique()}`;
  await signIn(page, REP);
  await page.getByRole('link', { name: '新建客户' }).click();
  await page.getByRole('textbox', { name: /^名称/ }).fill(name);
  const email = page.getByLabel('邮箱', { exact: true });
  await email.fill('not-an-email');
  await page.getByRole('button', { name: '创建客户' }).click();

  await expect(page.getByTestId('form-error')).toHaveText('请修正标出的字段后重试');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  // the server's message in the UI's language, tied to the field (shown under it and announced with it)
  await expect(email).toHaveAccessibleDescription(/请输入有效的邮箱地址/);
  await expect(page.getByRole('textbox', { name: /^名称/ })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/customers\/new$/);
  await email.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/.out/customer-form-field-error.png' });

  // correcting the field clears its error, and the customer is created
  await email.fill(`ok${unique()}@example.com`);
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: '创建客户' }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
});
