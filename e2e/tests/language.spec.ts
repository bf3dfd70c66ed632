import { expect, test } from '@playwright/test';
import { ADMIN, signIn } from '../fixtures/auth.ts';
import { Api } from '../fixtures/api.ts';

// Switching the language also saves it to the user's profile: use a user the other specs do
// not sign in as, and put the profile back afterwards.
test.afterEach(async ({ request }) => {
  const api = await Api.signIn(request, ADMIN);
  await api.setMyLocale('zh-CN');
});

test('switches the UI to English, and a reload keeps English', async ({ page }) => {
  await signIn(page, ADMIN);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '客户' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByTestId('language-switch').click();
  await page.getByRole('menuitem', { name: 'English' }).click();

  const navEn = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(navEn.getByRole('link', { name: 'Customers' })).toBeVisible();
  await expect(navEn.getByRole('link', { name: 'Contacts' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  await expect(page.getByTestId('language-switch')).toHaveText('English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('客户', { exact: true })).toHaveCount(0);

  await page.reload();
  await expect(navEn.getByRole('link', { name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Customers' })).toBeVisible();
  await expect(page.getByTestId('language-switch')).toHaveText('English');
  await expect(page.getByTestId('total-count')).toHaveText(/^[\d,]+ in total$/);
  await page.screenshot({ path: 'e2e/.out/customer-list-en.png', fullPage: true });
});
